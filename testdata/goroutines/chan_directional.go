package main

import "fmt"

// Directional channel types restrict what a function may do.
func produce(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func main() {
	nums := make(chan int)
	squares := make(chan int)
	go produce(nums, 5)
	go square(nums, squares)
	var ro <-chan int = squares
	for v := range ro {
		fmt.Println(v)
	}
	fmt.Printf("%T %T\n", ro, (chan<- int)(nums))
}
