// trace: --gomaxprocs=1 --only=sched
package main

import (
	"fmt"
	"sync"
)

// Fan-out to workers, fan-in through one buffered channel; a closer
// goroutine waits on the WaitGroup and closes it.
func main() {
	results := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println("sum", sum)
}
