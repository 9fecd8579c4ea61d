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

// close readies every blocked receiver; the runtime collects them in a list
// that is popped last-in first-out, and each one readied takes runnext and
// pushes the previous one to the tail of the run queue.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	gate := make(chan struct{})
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			say("w%d blocks", i)
			<-gate
			say("w%d released", i)
		}()
	}
	runtime.Gosched()
	say("main closes gate")
	close(gate)
	say("main after close")
	wg.Wait()
	say("main done")
	flush()
}
