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

// runtime.Gosched puts main on the global run queue; the local queue
// (runnext first, then the ring) runs before main comes back.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	for i := 1; i <= 3; i++ {
		go func() {
			say("g %d", i)
		}()
	}
	say("main before Gosched")
	runtime.Gosched()
	say("main after Gosched")
	flush()
}
