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


// Broadcast readies the waiters in the order they called Wait; each ready
// takes runnext, so the last waiter runs first and the others follow FIFO.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	var lock sync.Mutex
	cond := sync.NewCond(&lock)
	ready := false
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lock.Lock()
			for !ready {
				say("waiter %d waits", i)
				cond.Wait()
			}
			say("waiter %d proceeds", i)
			lock.Unlock()
		}()
	}
	runtime.Gosched()
	lock.Lock()
	ready = true
	say("main broadcasts")
	cond.Broadcast()
	lock.Unlock()
	wg.Wait()
	say("main done")
	flush()
}
