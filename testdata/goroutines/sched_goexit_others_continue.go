package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Events are kept in memory and printed at the end: printing is a system
// call, and during a system call the runtime may hand the only P to another
// thread, which would let a queued goroutine run early.
var (
	mu     sync.Mutex
	events []string
)

func say(format string, args ...any) {
	mu.Lock()
	events = append(events, fmt.Sprintf(format, args...))
	mu.Unlock()
}

func flush() {
	mu.Lock()
	out := events
	mu.Unlock()
	for _, e := range out {
		fmt.Println(e)
	}
}


// runtime.Goexit ends only the calling goroutine after running its defers;
// the next goroutine in the queue runs afterwards.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		say("second runs")
	}()
	go func() {
		defer wg.Done()
		defer say("first: deferred call runs")
		say("first calls Goexit")
		runtime.Goexit()
		say("unreachable")
	}()
	wg.Wait()
	say("main done")
	flush()
}
