package main

import (
	"fmt"
	"sync"
)

// Add(2) with a single Done: Wait can never return.
func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
	}()
	fmt.Println("waiting for two Done calls")
	wg.Wait()
}
