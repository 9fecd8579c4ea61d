package main

import "fmt"

// range over a channel stops once it is closed and drained.
func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	total := 0
	for v := range producer(6) {
		fmt.Println("got", v)
		total += v
	}
	fmt.Println("channel closed, total", total)
}
