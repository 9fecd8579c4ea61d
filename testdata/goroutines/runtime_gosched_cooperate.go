package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// Gosched yields the processor; a polling loop that yields lets the
// goroutine it waits for make progress.
func main() {
	var ready atomic.Bool
	var value int
	go func() {
		value = 99
		ready.Store(true)
	}()
	spins := 0
	for !ready.Load() {
		spins++
		runtime.Gosched()
	}
	fmt.Println("value:", value, "spun at least zero times:", spins >= 0)
}
