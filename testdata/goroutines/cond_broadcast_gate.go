package main

import (
	"fmt"
	"sync"
)

// Workers wait at a gate until main opens it with Broadcast.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	open := false
	waiting := 0
	var wg sync.WaitGroup
	passed := make([]bool, 5)
	for i := range passed {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Broadcast() // tell main another worker is waiting
			for !open {
				cond.Wait()
			}
			passed[i] = true
			mu.Unlock()
		}()
	}
	mu.Lock()
	for waiting < len(passed) {
		cond.Wait()
	}
	fmt.Println("all", waiting, "workers are at the gate")
	open = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("passed:", passed)
}
