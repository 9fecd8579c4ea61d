// trace: --gomaxprocs=1 --only=chan,sched
package main

import "fmt"

// A send on a full buffer parks; the receiver takes the head of the buffer
// and moves the parked sender's value into the freed slot.
func main() {
	ch := make(chan int, 2)
	done := make(chan int)
	go func() {
		sum := 0
		for i := 0; i < 3; i++ {
			sum = sum*10 + <-ch
		}
		done <- sum
	}()
	ch <- 1
	ch <- 2
	ch <- 3
	fmt.Println("sent 3, received", <-done)
}
