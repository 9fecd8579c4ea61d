package main

import (
	"fmt"
	"sync"
)

// A WaitGroup can be reused once Wait has returned.
func main() {
	var wg sync.WaitGroup
	grid := make([]int, 5)
	for phase := 1; phase <= 3; phase++ {
		for i := range grid {
			wg.Add(1)
			go func() {
				defer wg.Done()
				grid[i] = grid[i]*10 + phase
			}()
		}
		wg.Wait()
		fmt.Println("after phase", phase, grid)
	}
}
