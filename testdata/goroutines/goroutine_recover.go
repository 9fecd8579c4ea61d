package main

import (
	"fmt"
	"sort"
	"sync"
)

// Each goroutine must recover its own panics: a recover in main cannot
// catch a panic in another goroutine. Here every worker converts its panic
// into an error result.
func safeDivide(a, b int, wg *sync.WaitGroup, mu *sync.Mutex, out *[]string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			mu.Lock()
			*out = append(*out, fmt.Sprintf("%d/%d: recovered %v", a, b, r))
			mu.Unlock()
		}
	}()
	q := a / b
	mu.Lock()
	*out = append(*out, fmt.Sprintf("%d/%d = %d", a, b, q))
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var out []string
	for _, p := range [][2]int{{10, 2}, {7, 0}, {9, 3}, {1, 0}} {
		wg.Add(1)
		go safeDivide(p[0], p[1], &wg, &mu, &out)
	}
	wg.Wait()
	sort.Strings(out)
	for _, s := range out {
		fmt.Println(s)
	}
}
