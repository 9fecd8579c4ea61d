package main

import (
	"fmt"
	"runtime"
)

// NumGoroutine counts live goroutines, main included. A goroutine that has
// signalled completion may not have exited yet, so we wait for the count.
func waitFor(n int) int {
	for runtime.NumGoroutine() != n {
		runtime.Gosched()
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	started := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() {
			started <- true
			<-release
		}()
	}
	for i := 0; i < 4; i++ {
		<-started
	}
	fmt.Println("with 4 blocked workers:", runtime.NumGoroutine())
	close(release)
	fmt.Println("after release:", waitFor(1))
}
