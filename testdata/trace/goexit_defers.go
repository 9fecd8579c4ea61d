// trace: --gomaxprocs=1 --only=defer,panic,sched
package main

import (
	"fmt"
	"runtime"
)

// Goexit runs the goroutine's deferred calls and ends it; main goes on.
func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred in goroutine")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println("main done")
}
