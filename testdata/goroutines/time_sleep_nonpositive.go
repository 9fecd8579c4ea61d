package main

import (
	"fmt"
	"time"
)

// Sleep with zero or a negative duration returns at once.
func main() {
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("returned quickly:", time.Since(start) < time.Second)
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- true
	}()
	fmt.Println("goroutine finished:", <-done)
}
