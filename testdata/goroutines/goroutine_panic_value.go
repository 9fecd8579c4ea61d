package main

import (
	"errors"
	"fmt"
)

func worker(id int, done chan bool) {
	if id == 2 {
		defer fmt.Println("worker 2's deferred call runs before the crash")
		panic(errors.New("worker 2 failed"))
	}
	fmt.Println("worker", id, "ok")
	done <- true
}

// The panic value is an error: the message printed is its Error() text.
func main() {
	done := make(chan bool)
	go worker(1, done)
	<-done
	go worker(2, done)
	<-done
	fmt.Println("unreachable")
}
