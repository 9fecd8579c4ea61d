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


// Two rounds of workers with the same WaitGroup: in each round the last
// worker started runs first, then the others in order.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	var wg sync.WaitGroup
	for round := 1; round <= 2; round++ {
		for w := 1; w <= 3; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				say("round %d worker %d", round, w)
			}()
		}
		say("round %d waiting", round)
		wg.Wait()
		say("round %d complete", round)
	}
	flush()
}
