// trace: --gomaxprocs=1 --only=chan,sched
package main

import (
	"fmt"
	"time"
)

// A receiver parked on an empty buffered channel gets the value straight
// from the sender: the buffer is never used.
func main() {
	ch := make(chan string, 3)
	done := make(chan string)
	go func() {
		done <- "got " + <-ch
	}()
	time.Sleep(time.Millisecond)
	ch <- "hello"
	fmt.Println(<-done)
}
