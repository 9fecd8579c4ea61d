package main

import (
	"fmt"
	"sync"
)

// TryLock never blocks: it reports whether the lock was free.
func main() {
	var mu sync.Mutex
	fmt.Println("first TryLock:", mu.TryLock())
	fmt.Println("second TryLock:", mu.TryLock())
	result := make(chan bool)
	go func() { result <- mu.TryLock() }()
	fmt.Println("TryLock from another goroutine:", <-result)
	mu.Unlock()
	go func() {
		ok := mu.TryLock()
		if ok {
			mu.Unlock()
		}
		result <- ok
	}()
	fmt.Println("after Unlock:", <-result)

	var rw sync.RWMutex
	fmt.Println("TryRLock:", rw.TryRLock(), "TryRLock:", rw.TryRLock())
	fmt.Println("TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock without readers:", rw.TryLock())
	fmt.Println("TryRLock with writer:", rw.TryRLock())
}
