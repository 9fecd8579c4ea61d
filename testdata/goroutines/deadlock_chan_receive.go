package main

import "fmt"

func waiter(in <-chan int, started chan<- bool) {
	started <- true
	v := <-in
	fmt.Println("never printed", v)
}

// Main and two workers all wait to receive; nobody will ever send.
func main() {
	in := make(chan int)
	started := make(chan bool)
	for i := 0; i < 2; i++ {
		go waiter(in, started)
		<-started
	}
	fmt.Println("two waiters started")
	results := make(chan int)
	fmt.Println(<-results)
}
