package main

import (
	"fmt"
	"sync"
)

// Unlocking an unlocked mutex is a fatal error, not a panic: recover does
// not help and deferred calls do not run.
func main() {
	defer fmt.Println("deferred: never printed")
	defer func() {
		fmt.Println("recover:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
}
