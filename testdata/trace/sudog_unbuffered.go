// trace: --gomaxprocs=1 --only=chan,sched
package main

import (
	"fmt"
	"runtime"
)

// Sudogs on an unbuffered channel. While main yields, two senders park
// in turn, so c's sendq holds both, oldest first; each receive dequeues
// the oldest sudog and takes its value straight from it (which sender
// parks first is the scheduler's choice, so only the sum is printed).
// Then a receiver parks first, and main's send dequeues its sudog and
// hands the value straight to it.
func main() {
	c := make(chan int)
	go func() { c <- 1 }()
	go func() { c <- 2 }()
	runtime.Gosched()
	x := <-c
	y := <-c
	fmt.Println(x + y)
	done := make(chan bool)
	go func() {
		fmt.Println("got", <-c)
		done <- true
	}()
	runtime.Gosched()
	c <- 3
	<-done
}
