package main

import "fmt"

func producer(ch chan<- string, n int) {
	for i := 0; i < n; i++ {
		ch <- fmt.Sprint("msg", i)
	}
	close(ch)
}

func main() {
	ch := make(chan string)
	go producer(ch, 2)
	for m := range ch {
		fmt.Println(m)
	}
}
