package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// atomic.Bool as a stop flag and as a "first one wins" latch.
func main() {
	var stopped atomic.Bool
	fmt.Println("zero value:", stopped.Load())
	var first atomic.Bool
	var firsts atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Go(func() {
			if first.CompareAndSwap(false, true) {
				firsts.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println("first latched:", first.Load(), "times won:", firsts.Load())
	stopped.Store(true)
	fmt.Println("Swap(false) returned:", stopped.Swap(false), "now:", stopped.Load())
}
