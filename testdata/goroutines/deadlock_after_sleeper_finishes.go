package main

import (
	"fmt"
	"sync"
	"time"
)

// A sleeping goroutine is not a deadlock: the runtime waits for the timer;
// after the sleeper exits, main is still stuck on the mutex.
func main() {
	var mu sync.Mutex
	mu.Lock()
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("sleeper done")
	}()
	fmt.Println("main locks again")
	mu.Lock()
}
