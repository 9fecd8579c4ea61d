package main

import "fmt"

// select with default never blocks: non-blocking receive and send.
func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing to receive")
	}
	select {
	case ch <- 7:
		fmt.Println("sent 7")
	default:
		fmt.Println("could not send")
	}
	select {
	case ch <- 8:
		fmt.Println("sent 8")
	default:
		fmt.Println("buffer full, 8 dropped")
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing to receive")
	}
	unbuf := make(chan int)
	select {
	case unbuf <- 1:
		fmt.Println("sent on unbuffered")
	default:
		fmt.Println("no receiver waiting on unbuffered channel")
	}
}
