package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	loads  int
)

func loadConfig() {
	loads++
	config = map[string]string{"mode": "fast", "level": "3"}
}

// Many goroutines race to initialise; Once runs the function exactly once
// and every caller sees the result afterwards.
func main() {
	var wg sync.WaitGroup
	modes := make([]string, 10)
	for i := range modes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
			modes[i] = config["mode"]
		}()
	}
	wg.Wait()
	fmt.Println("loads:", loads)
	fmt.Println("modes:", modes)
	once.Do(func() { fmt.Println("never runs: once already used") })
	fmt.Println("level:", config["level"])
}
