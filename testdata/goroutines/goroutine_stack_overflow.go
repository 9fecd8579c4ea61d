package main

import "fmt"

func f(n int) int {
	if n == 0 {
		return 0
	}
	return f(n-1) + 1
}

func main() {
	done := make(chan int)
	go func() {
		done <- f(1 << 30)
	}()
	fmt.Println(<-done)
}
