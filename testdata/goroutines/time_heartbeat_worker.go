package main

import (
	"fmt"
	"time"
)

// A worker reports progress; main gives up on a heartbeat that is too late.
func main() {
	beats := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(10 * time.Millisecond)
			beats <- i
		}
		time.Sleep(100 * time.Millisecond) // stalls
		beats <- 4
	}()
	for {
		select {
		case n := <-beats:
			fmt.Println("heartbeat", n)
		case <-time.After(50 * time.Millisecond):
			fmt.Println("no heartbeat for 50ms, giving up")
			return
		}
	}
}
