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


// main yields after each go statement: Gosched sends main to the global
// queue, so each new goroutine runs before main continues.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	for i := 1; i <= 4; i++ {
		go func() {
			say("goroutine %d", i)
		}()
		say("main yields after starting %d", i)
		runtime.Gosched()
	}
	say("main done")
	flush()
}
