package main

import "fmt"

// A goroutine's send fails with a panic whether it was already blocked when
// the channel was closed or it got there later: the whole program dies.
func main() {
	ch := make(chan int)
	ready := make(chan bool)
	go func() {
		fmt.Println("worker about to send")
		ready <- true
		ch <- 42
	}()
	<-ready
	fmt.Println("main closes the channel")
	close(ch)
	select {}
}
