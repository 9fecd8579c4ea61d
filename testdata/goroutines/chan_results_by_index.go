package main

import (
	"fmt"
	"strings"
	"sync"
)

// Each goroutine writes to its own slice element, so no lock is needed and
// the output order is fixed by the index, not by scheduling.
func main() {
	words := []string{"go", "rust", "zig", "ocaml", "c"}
	lengths := make([]int, len(words))
	shouted := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lengths[i] = len(w)
			shouted[i] = strings.ToUpper(w)
		}()
	}
	wg.Wait()
	for i := range words {
		fmt.Printf("%d %-5s %d\n", i, shouted[i], lengths[i])
	}
}
