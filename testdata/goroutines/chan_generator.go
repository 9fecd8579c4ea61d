package main

import "fmt"

// A generator: a function that returns a receive-only channel fed by a
// goroutine it starts.
func fib(n int) <-chan int {
	ch := make(chan int)
	go func() {
		a, b := 0, 1
		for i := 0; i < n; i++ {
			ch <- a
			a, b = b, a+b
		}
		close(ch)
	}()
	return ch
}

func letters(s string) <-chan rune {
	ch := make(chan rune, len(s))
	go func() {
		defer close(ch)
		for _, r := range s {
			ch <- r
		}
	}()
	return ch
}

func main() {
	for v := range fib(12) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for r := range letters("héllo") {
		fmt.Printf("%c.", r)
	}
	fmt.Println()
}
