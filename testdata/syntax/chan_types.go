package main

import "fmt"

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func consume(in <-chan int, out chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	out <- sum
}

func main() {
	out := make(chan int, 1)
	consume(producer(4), out)
	fmt.Println(<-out)
	chans := []chan int{make(chan int, 1)}
	chans[0] <- 3
	fmt.Println(<-chans[0], cap(out), len(out))
	var cc chan chan<- int
	var rc <-chan <-chan int
	fmt.Println(cc == nil, rc == nil)
}
