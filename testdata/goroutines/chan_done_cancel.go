package main

import "fmt"

// Cancellation without context: closing a done channel tells an endless
// generator to stop; it acknowledges by closing its output.
func naturals(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		defer fmt.Println("generator: stopping")
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	nums := naturals(done)
	for i := 0; i < 5; i++ {
		fmt.Println("main got", <-nums)
	}
	close(done)
	for range nums {
		// drain whatever the generator managed to send before it saw done
	}
	fmt.Println("main: generator finished")
}
