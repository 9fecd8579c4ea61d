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

// A go statement never yields on one P. main returns before the goroutines
// get a chance to run, so their events never appear.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	for i := 0; i < 3; i++ {
		go say("goroutine %d ran", i)
	}
	n := 0
	for i := 0; i < 1000; i++ {
		n += i
	}
	say("main computed %d", n)
	say("goroutines alive: %d", runtime.NumGoroutine())
	flush()
}
