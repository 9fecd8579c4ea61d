package main

import (
	"fmt"
	"sync"
)

// Three readers hold the read lock at the same time: each one only lets go
// after all three have it, which would deadlock with an exclusive lock.
func main() {
	var rw sync.RWMutex
	var have sync.WaitGroup
	var done sync.WaitGroup
	have.Add(3)
	shared := map[string]int{"a": 1, "b": 2}
	sums := make([]int, 3)
	for i := 0; i < 3; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			rw.RLock()
			defer rw.RUnlock()
			have.Done()
			have.Wait()
			sums[i] = shared["a"] + shared["b"] + i
		}()
	}
	done.Wait()
	fmt.Println("all three readers held the lock together:", sums)
	rw.Lock()
	shared["c"] = 3
	rw.Unlock()
	fmt.Println("writer added c; len =", len(shared))
}
