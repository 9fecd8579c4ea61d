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

// Three receivers block on an unbuffered channel (newest first: r3, r1, r2).
// Main then sends 1, 2, 3 without blocking: the values go to the waiters in
// the order they blocked, but each wake-up takes runnext and kicks the
// previous one to the tail, so they run as r2, r3, r1.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	ch := make(chan int)
	var wg sync.WaitGroup
	for _, name := range []string{"r1", "r2", "r3"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			say("%s waiting", name)
			v := <-ch
			say("%s got %d", name, v)
		}()
	}
	runtime.Gosched()
	say("main sends")
	for i := 1; i <= 3; i++ {
		ch <- i
	}
	say("main sent all")
	wg.Wait()
	say("main done")
	flush()
}
