// trace: --gomaxprocs=1 --only=chan,sched
package main

import "fmt"

// A select parks on two channels: a sudog joins each one's recvq. The
// first send claims the select; the second finds main's other sudog still
// queued, drops it (its select is done) and parks itself, so main's select,
// once woken, has nothing left to unlink; main's receive then takes the
// parked sender's value.
func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		a <- 1
		b <- 2
	}()
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	}
	fmt.Println("then b", <-b)
}
