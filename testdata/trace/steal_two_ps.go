// trace: --gomaxprocs=2 --only=sched
package main

import (
	"fmt"
	"sync"
)

// P0 queues the new goroutines; the one running is preempted and P1 takes
// it from the global queue; when it ends, P1 steals half of P0's queue.
func main() {
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Go(func() {
			for j := 0; j < 3000000; j++ {
				sums[i] += j % 7
			}
		})
	}
	wg.Wait()
	fmt.Println(sums)
}
