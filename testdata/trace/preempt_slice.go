// trace: --gomaxprocs=1 --only=sched
package main

import (
	"fmt"
	"sync"
)

// Two CPU-bound goroutines: each is preempted when its 10 ms time slice
// runs out and goes to the global queue, so they take turns.
func main() {
	var wg sync.WaitGroup
	sums := make([]int, 2)
	for i := 0; i < 2; i++ {
		wg.Go(func() {
			for j := 0; j < 3000000; j++ {
				sums[i] += j % 7
			}
		})
	}
	wg.Wait()
	fmt.Println(sums[0], sums[1])
}
