// trace: --gomaxprocs=2 --only=sched
package main

import (
	"fmt"
	"sync"
)

// Goroutines created on P0 queue there; when main blocks, P0 runs them
// and P1, idle, steals half of P0's queue.
func main() {
	var wg sync.WaitGroup
	squares := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Go(func() {
			squares[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(squares)
}
