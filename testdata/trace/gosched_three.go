// trace: --gomaxprocs=1 --only=sched
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Each Gosched sends its goroutine to the global queue's tail; once the
// local queue is empty the P takes them back from the global queue in order.
func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Go(func() {
			fmt.Println("g", i, "first half")
			runtime.Gosched()
			fmt.Println("g", i, "second half")
		})
	}
	wg.Wait()
}
