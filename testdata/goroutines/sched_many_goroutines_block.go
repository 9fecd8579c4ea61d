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

// Twenty goroutines are created before main blocks on a channel receive.
// Order: the last one created, then the rest first-in first-out.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	done := make(chan int, 20)
	for i := 0; i < 20; i++ {
		go func() {
			say("run %d", i)
			done <- i
		}()
	}
	say("main blocks")
	sum := 0
	for i := 0; i < 20; i++ {
		sum += <-done
	}
	say("sum %d", sum)
	flush()
}
