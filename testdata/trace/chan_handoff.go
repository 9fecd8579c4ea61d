// trace: --gomaxprocs=1 --only=chan,sched
package main

import "fmt"

// An unbuffered send finds the receiver parked and hands the value over.
func main() {
	ch := make(chan int)
	go func() {
		v := <-ch
		fmt.Println("got", v)
		ch <- v * 2
	}()
	ch <- 21
	fmt.Println("back", <-ch)
}
