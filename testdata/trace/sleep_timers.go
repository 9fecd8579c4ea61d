// trace: --gomaxprocs=1 --only=time,sched
package main

import (
	"fmt"
	"time"
)

// Sleeps set timers; with every goroutine asleep, the clock jumps.
func main() {
	done := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		done <- "slow"
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- "fast"
	}()
	fmt.Println(<-done)
	fmt.Println(<-done)
}
