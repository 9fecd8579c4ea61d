package main

import "fmt"

// Each value crosses an unbuffered channel only when both sides are ready;
// the reply channel forces strict alternation between main and the worker.
func main() {
	requests := make(chan int)
	replies := make(chan string)
	go func() {
		for n := range requests {
			replies <- fmt.Sprintf("worker doubled %d to %d", n, 2*n)
		}
		close(replies)
	}()
	for i := 1; i <= 4; i++ {
		fmt.Println("main sends", i)
		requests <- i
		fmt.Println(<-replies)
	}
	close(requests)
	_, ok := <-replies
	fmt.Println("replies open:", ok)
}
