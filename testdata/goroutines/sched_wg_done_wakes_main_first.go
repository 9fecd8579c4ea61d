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

// Only the last goroutine is counted in the WaitGroup. Its Done makes main
// runnable in runnext, so main runs (and returns) before b and c get a turn.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	var wg sync.WaitGroup
	go func() { say("b runs") }()
	go func() { say("c runs") }()
	wg.Add(1)
	go func() {
		say("a runs")
		wg.Done()
		say("a after Done")
	}()
	wg.Wait()
	say("main after Wait, exiting")
	flush()
}
