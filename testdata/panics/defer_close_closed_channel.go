package main

import "fmt"

func drain(ch chan int) {
	defer close(ch)
	close(ch)
	fmt.Println("closed once")
	for v := range ch {
		fmt.Println("drained", v)
	}
}

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	drain(ch)
}
