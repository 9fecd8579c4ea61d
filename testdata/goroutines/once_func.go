package main

import (
	"fmt"
	"sync"
)

// sync.OnceFunc wraps a function so that it runs at most once.
func main() {
	calls := 0
	setup := sync.OnceFunc(func() {
		calls++
		fmt.Println("setup runs")
	})
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			setup()
		}()
	}
	wg.Wait()
	setup()
	fmt.Println("calls:", calls)

	// A panic is remembered: every call panics with the same value.
	boom := sync.OnceFunc(func() {
		fmt.Println("boom body runs")
		panic("boom")
	})
	for i := 1; i <= 2; i++ {
		func() {
			defer func() { fmt.Println("call", i, "recovered:", recover()) }()
			boom()
		}()
	}
}
