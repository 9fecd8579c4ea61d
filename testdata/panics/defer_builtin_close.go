package main

import "fmt"

func fill(ch chan int, n int) {
	defer close(ch)
	for i := 1; i <= n; i++ {
		ch <- i * i
	}
	fmt.Println("filled", n)
}

func main() {
	ch := make(chan int, 5)
	fill(ch, 4)
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Println("after close:", v, ok)
}
