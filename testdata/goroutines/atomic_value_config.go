package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	workers int
}

// atomic.Value holds an immutable snapshot that readers load without locks.
func main() {
	var v atomic.Value
	fmt.Println("before Store:", v.Load() == nil)
	v.Store(config{"initial", 1})
	var wg sync.WaitGroup
	seen := make([]string, 3)
	for i := range seen {
		wg.Go(func() {
			c := v.Load().(config)
			seen[i] = fmt.Sprintf("%s/%d", c.name, c.workers)
		})
	}
	wg.Wait()
	fmt.Println("readers saw:", seen)
	old := v.Swap(config{"reloaded", 4})
	fmt.Println("swapped out:", old.(config).name, "now:", v.Load().(config).name)
	fmt.Println("CAS:", v.CompareAndSwap(config{"reloaded", 4}, config{"final", 8}), v.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store("a string is not a config")
}
