// trace: --gomaxprocs=1 --only=chan,sched
package main

import "fmt"

// A select with no ready case parks on every channel; the first sender
// wakes it and the other cases are dequeued.
func main() {
	a := make(chan int)
	b := make(chan string)
	c := make(chan bool)
	go func() {
		b <- "hello"
	}()
	select {
	case v := <-a:
		fmt.Println("a", v)
	case s := <-b:
		fmt.Println("b", s)
	case <-c:
		fmt.Println("c")
	}
}
