package main

import "fmt"

func main() {
	c1 := make(chan int, 1)
	c2 := make(chan string, 1)
	done := make(chan struct{})
	c1 <- 1
	for i := 0; i < 3; i++ {
		select {
		case v := <-c1:
			fmt.Println("c1", v)
			c2 <- "hi"
		case s, ok := <-c2:
			fmt.Println("c2", s, ok)
			close(done)
		case <-done:
			fmt.Println("done")
		case c1 <- 5:
		default:
			fmt.Println("nothing")
		}
	}
}
