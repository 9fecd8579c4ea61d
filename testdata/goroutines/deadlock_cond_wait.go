package main

import (
	"fmt"
	"sync"
)

// Waiters on a condition variable that nobody signals.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	started := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			mu.Lock()
			started <- true
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
		}()
		<-started
	}
	mu.Lock()
	fmt.Println("main waits for the condition as well")
	for !ready {
		cond.Wait()
	}
}
