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


// Two goroutines pass a ball over unbuffered channels; main starts the
// rally and collects the ball at the end.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			n := <-ping
			say("ping got %d", n)
			pong <- n + 1
		}
	}()
	go func() {
		for i := 0; i < 3; i++ {
			n := <-pong
			say("pong got %d", n)
			if i == 2 {
				done <- n
			} else {
				ping <- n + 1
			}
		}
	}()
	say("main serves")
	ping <- 0
	say("main served")
	say("final %d", <-done)
	flush()
}
