package main

import (
	"fmt"
	"sort"
	"sync"
)

// Closing a channel releases every goroutine blocked receiving from it.
func main() {
	gate := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	released := []int{}
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok := <-gate
			mu.Lock()
			released = append(released, i)
			mu.Unlock()
			if ok {
				fmt.Println("unexpected value")
			}
		}()
	}
	fmt.Println("closing the gate")
	close(gate)
	wg.Wait()
	sort.Ints(released)
	fmt.Println("released:", released)
}
