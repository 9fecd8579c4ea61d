package main

import (
	"fmt"
	"sync"
	"time"
)

// "Sleep sort": each value sleeps for value*20ms before appending itself.
func main() {
	values := []int{5, 1, 4, 2, 3}
	var mu sync.Mutex
	var sorted []int
	var wg sync.WaitGroup
	for _, v := range values {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(v) * 20 * time.Millisecond)
			mu.Lock()
			sorted = append(sorted, v)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(values, "->", sorted)
}
