// trace: --gomaxprocs=1 --only=sched
package main

import (
	"fmt"
	"sync"
)

// Add(2) but only one Done: Wait parks forever and checkdead reports it.
func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one worker")
	}()
	wg.Wait()
}
