package main

import "fmt"

// Receiving from a nil channel blocks forever, with its own wait reason.
func main() {
	var results chan int
	ready := make(chan bool)
	go func() {
		var never chan string
		ready <- true
		fmt.Println(<-never)
	}()
	<-ready
	fmt.Println("main receives from a nil channel")
	<-results
}
