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


// A goroutine that starts goroutines of its own: each go statement takes
// runnext and kicks the previous occupant to the tail of the local queue.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		say("parent starts")
		for _, name := range []string{"child1", "child2", "child3"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				say("%s runs", name)
			}()
		}
		say("parent returns")
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		say("sibling runs")
	}()
	say("main waits")
	wg.Wait()
	say("main done")
	flush()
}
