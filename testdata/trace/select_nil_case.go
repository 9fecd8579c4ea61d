// trace: --gomaxprocs=1 --only=chan
package main

import "fmt"

// A nil channel's case is never ready: select leaves it out of the poll
// order.
func main() {
	var in chan int
	out := make(chan int, 1)
	for i := 0; i < 2; i++ {
		select {
		case v := <-in:
			fmt.Println("received", v)
		case out <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("out is full")
		}
	}
}
