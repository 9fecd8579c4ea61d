package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Only one goroutine can win the CompareAndSwap from 0 to its id; the
// losers see the swap fail. A CAS loop implements "store the maximum".
func main() {
	var owner int32
	var winners atomic.Int32
	var max int64
	var wg sync.WaitGroup
	for id := int32(1); id <= 10; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&owner, 0, id) {
				winners.Add(1)
			}
			for {
				cur := atomic.LoadInt64(&max)
				if int64(id*id) <= cur || atomic.CompareAndSwapInt64(&max, cur, int64(id*id)) {
					break
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners.Load())
	fmt.Println("owner set:", atomic.LoadInt32(&owner) != 0)
	fmt.Println("max:", atomic.LoadInt64(&max))
	fmt.Println("CAS with wrong old value:", atomic.CompareAndSwapInt64(&max, 1, 2))
}
