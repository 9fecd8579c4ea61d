// trace: --gomaxprocs=1 --only=chan,sched,panic
package main

import (
	"fmt"
	"time"
)

// close wakes a parked sender, which panics with "send on closed channel";
// its deferred recover catches it.
func main() {
	ch := make(chan int)
	done := make(chan string)
	go func() {
		defer func() {
			done <- fmt.Sprint("recovered: ", recover())
		}()
		ch <- 1
	}()
	time.Sleep(time.Millisecond)
	close(ch)
	fmt.Println(<-done)
}
