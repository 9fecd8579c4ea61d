package main

import (
	"fmt"
	"time"
)

// AfterFunc runs a function in its own goroutine when the timer expires.
func main() {
	done := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() {
		done <- "callback ran"
	})
	cancelled := time.AfterFunc(60*time.Millisecond, func() {
		fmt.Println("never: this one was stopped")
	})
	fmt.Println("stopped in time:", cancelled.Stop())
	fmt.Println(<-done)
	t := time.AfterFunc(time.Hour, func() {})
	t.Reset(5 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("stop after reset timer fired:", t.Stop())
}
