package main

import (
	"fmt"
	"sync"
)

// The mutex is never unlocked: two goroutines and main queue up on it.
func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("main holds the lock")
	started := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			started <- true
			mu.Lock()
			fmt.Println("never")
		}()
		<-started
	}
	mu.Lock()
}
