package main

import "fmt"

// A goroutine started by another goroutine: its dump names its creator,
// main.spawn, and the creator's goroutine number.
func spawn(block chan int, ready chan string) {
	go func() {
		ready <- "grandchild"
		<-block
	}()
	ready <- "spawner"
	<-block
}

func main() {
	block := make(chan int)
	ready := make(chan string)
	go spawn(block, ready)
	got := map[string]bool{}
	got[<-ready] = true
	got[<-ready] = true
	fmt.Println("started:", got["spawner"], got["grandchild"])
	<-block
}
