package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	fmt.Println("received", <-ch)
	fmt.Println("sending on closed channel")
	ch <- 2
	fmt.Println("unreachable")
}
