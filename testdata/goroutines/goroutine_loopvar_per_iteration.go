package main

import (
	"fmt"
	"sort"
	"sync"
)

// Since Go 1.22 each loop iteration has its own variable, so goroutines
// started in a loop capture distinct values.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println("captured:", seen)
	var args []string
	for _, s := range []string{"c", "a", "b"} {
		wg.Add(1)
		go func(v string) {
			defer wg.Done()
			mu.Lock()
			args = append(args, v+v)
			mu.Unlock()
		}(s)
	}
	wg.Wait()
	sort.Strings(args)
	fmt.Println("arguments:", args)
}
