// trace: --gomaxprocs=1 --only=sched
package main

import (
	"fmt"
	"runtime"
)

// Gosched sends the caller to the global queue.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched()
	done := make(chan bool)
	go func() {
		for i := 0; i < 2; i++ {
			fmt.Println("goroutine", i)
			runtime.Gosched()
		}
		done <- true
	}()
	for i := 0; i < 2; i++ {
		fmt.Println("main", i)
		runtime.Gosched()
	}
	<-done
}
