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


// A yields with Gosched while B and C wait in the local queue: A goes to
// the global queue, which is only looked at when the local queue is empty.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		say("B")
	}()
	go func() {
		defer wg.Done()
		say("C")
	}()
	go func() {
		defer wg.Done()
		say("A before Gosched")
		runtime.Gosched()
		say("A after Gosched")
	}()
	wg.Wait()
	say("main done")
	flush()
}
