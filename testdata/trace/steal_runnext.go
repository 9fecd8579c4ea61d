// trace: --gomaxprocs=2 --only=sched
package main

import "fmt"

// The new goroutine waits in P0's runnext while main runs; main is
// preempted and P1 takes it from the global queue; when main blocks on
// the channel, P1 has nothing left and P0's queue is empty, so P1 steals
// P0's runnext.
func main() {
	done := make(chan bool)
	go func() { done <- true }()
	n := 0
	for i := 0; i < 3000000; i++ {
		n += i % 7
	}
	<-done
	fmt.Println(n)
}
