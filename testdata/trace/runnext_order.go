// trace: --gomaxprocs=1 --only=sched
package main

import (
	"fmt"
	"sync"
)

// Each new goroutine takes runnext and kicks the previous one to the queue.
func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("g", i)
		}()
	}
	wg.Wait()
}
