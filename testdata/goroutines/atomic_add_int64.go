package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Lock-free counters with the sync/atomic functions.
func main() {
	var hits int64
	var bytes uint32
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				atomic.AddInt64(&hits, 1)
				atomic.AddUint32(&bytes, 3)
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", atomic.LoadInt64(&hits))
	fmt.Println("bytes:", atomic.LoadUint32(&bytes))
	fmt.Println("add returns the new value:", atomic.AddInt64(&hits, -4000))
	// subtracting from an unsigned counter: add the two's complement
	fmt.Println("uint32 minus 1:", atomic.AddUint32(&bytes, ^uint32(0)))
}
