// trace: --gomaxprocs=1 --only=sched
package main

import (
	"fmt"
	"sync"
	"time"
)

// The second goroutine finds the Mutex held and parks (sync.Mutex.Lock);
// Unlock readies it.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 2; i++ {
		wg.Go(func() {
			mu.Lock()
			time.Sleep(time.Millisecond)
			total += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("total", total)
}
