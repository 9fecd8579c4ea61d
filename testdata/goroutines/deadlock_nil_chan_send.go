package main

import "fmt"

// Sending on a nil channel blocks forever.
func main() {
	var out chan int
	ready := make(chan bool)
	go func() {
		ready <- true
		out <- 1
	}()
	<-ready
	fmt.Println("main sends on a nil channel too")
	out <- 2
}
