package main

import "fmt"

// select with send cases: whichever channel has a receiver gets the value.
func main() {
	evens := make(chan int)
	odds := make(chan int)
	done := make(chan string)
	go func() {
		for v := range evens {
			fmt.Println("even worker got", v)
		}
		done <- "evens done"
	}()
	for i := 0; i < 6; i += 2 {
		select {
		case evens <- i:
		case odds <- i + 1: // nobody receives from odds
		}
	}
	close(evens)
	fmt.Println(<-done)
}
