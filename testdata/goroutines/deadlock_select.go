package main

import "fmt"

func watch(a, b chan int, started chan<- bool) {
	started <- true
	select {
	case v := <-a:
		fmt.Println("a", v)
	case b <- 1:
		fmt.Println("sent b")
	}
}

// A select whose cases can never proceed is a blocked goroutine too.
func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	started := make(chan bool)
	go watch(a, b, started)
	<-started
	fmt.Println("watcher started")
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-c:
		fmt.Println("c", v)
	}
}
