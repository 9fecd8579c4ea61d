// trace: --gomaxprocs=1 --only=sched,defer,panic
package main

import (
	"fmt"
	"runtime"
)

// Goexit in main runs main's defers and ends main alone; the other
// goroutine finishes, then no goroutine is left: a fatal error.
func main() {
	start := make(chan bool)
	go func() {
		<-start
		fmt.Println("worker done")
	}()
	defer close(start)
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
}
