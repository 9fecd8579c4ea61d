// trace: --gomaxprocs=1 --only=panic,defer,go.end
package main

import (
	"runtime"
	"sync"
)

// runtime.Goexit two calls deep in a worker: its deferred calls run,
// then goexit0 discards the worker's frames (`unwind`, innermost first)
// and the goroutine ends; main's WaitGroup sees it done.

func check(n int) {
	if n > 1 {
		println("giving up at", n)
		runtime.Goexit()
	}
}

func work(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		check(i)
	}
	println("finished", n)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go work(2, &wg)
	go work(5, &wg)
	wg.Wait()
	println("main done")
}
