// trace: --gomaxprocs=1 --only=sched
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Three goroutines wait on a Cond; Signal readies the oldest waiter,
// Broadcast the others in wait order (so the last one readied runs first).
func main() {
	runtime.GOMAXPROCS(1)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Go(func() {
			mu.Lock()
			cond.Wait()
			fmt.Println("woken", i)
			mu.Unlock()
		})
	}
	runtime.Gosched()
	cond.Signal()
	runtime.Gosched()
	cond.Broadcast()
	wg.Wait()
}
