package main

import (
	"fmt"
	"sync"
)

func work(id int, wg *sync.WaitGroup, out []string) {
	defer wg.Done()
	out[id] = fmt.Sprintf("worker %d finished", id)
}

// Add before starting, Done when finished, Wait for the counter to reach 0.
func main() {
	var wg sync.WaitGroup
	out := make([]string, 4)
	wg.Add(len(out))
	for i := range out {
		go work(i, &wg, out)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	wg.Wait() // waiting on a zero counter returns at once
	fmt.Println("second Wait returned immediately")
}
