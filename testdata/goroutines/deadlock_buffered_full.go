package main

import "fmt"

// A buffered channel only delays the deadlock until the buffer is full.
func main() {
	ch := make(chan int, 3)
	for i := 1; i <= 4; i++ {
		fmt.Println("sending", i, "len", len(ch))
		ch <- i
	}
	fmt.Println("unreachable")
}
