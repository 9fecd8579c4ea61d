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

// Two goroutines alternate by yielding with Gosched after each step: the
// yielding one goes to the global queue, the other one is next locally.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	var wg sync.WaitGroup
	player := func(name string) {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			say("%s %d", name, i)
			runtime.Gosched()
		}
		say("%s done", name)
	}
	wg.Add(2)
	go player("ping")
	go player("pong")
	wg.Wait()
	say("main done")
	flush()
}
