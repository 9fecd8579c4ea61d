package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	peak     atomic.Uint64
}

// The typed atomics (Go 1.19+) have methods instead of functions.
func main() {
	var s stats
	var wg sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg.Go(func() {
			s.requests.Add(1)
			if i%5 == 0 {
				s.errors.Add(1)
			}
			for {
				p := s.peak.Load()
				if uint64(i) <= p || s.peak.CompareAndSwap(p, uint64(i)) {
					return
				}
			}
		})
	}
	wg.Wait()
	fmt.Println("requests:", s.requests.Load(), "errors:", s.errors.Load(), "peak:", s.peak.Load())
	fmt.Println("swap:", s.requests.Swap(0), "->", s.requests.Load())
	s.requests.Store(42)
	fmt.Println("store:", s.requests.Load())
	fmt.Println("CompareAndSwap(42, 43):", s.requests.CompareAndSwap(42, 43), s.requests.Load())
}
