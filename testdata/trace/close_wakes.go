// trace: --gomaxprocs=1 --only=chan,sched
package main

import (
	"fmt"
	"sync"
)

// close wakes every parked receiver; each gets the zero value.
func main() {
	gate := make(chan struct{})
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			fmt.Println("released", i)
		}()
	}
	for i := 0; i < 3; i++ {
		var dummy int
		_ = dummy
	}
	close(gate)
	wg.Wait()
}
