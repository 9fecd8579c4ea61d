package main

import "fmt"

func child() {
	panic(fmt.Sprintf("child failed at step %d", 3))
}

func parent(start chan bool) {
	<-start
	go child()
	select {}
}

// The trace names the goroutine that created the panicking one.
func main() {
	start := make(chan bool)
	go parent(start)
	fmt.Println("main lets the parent start its child")
	start <- true
	select {}
}
