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


// NumGoroutine counts main plus every goroutine not yet exited; with one P
// the count changes only when main lets others run.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	say("start: %d", runtime.NumGoroutine())
	block := make(chan struct{})
	for i := 0; i < 3; i++ {
		go func() { <-block }()
	}
	for i := 0; i < 2; i++ {
		go func() {}()
	}
	say("after go statements: %d", runtime.NumGoroutine())
	runtime.Gosched()
	say("after Gosched: %d", runtime.NumGoroutine())
	close(block)
	say("after close: %d", runtime.NumGoroutine())
	runtime.Gosched()
	say("after second Gosched: %d", runtime.NumGoroutine())
	flush()
}
