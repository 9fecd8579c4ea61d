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


// A goroutine parked in select is woken by a send on one of its channels;
// the sender keeps running until it blocks.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	a := make(chan int)
	b := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			say("selector waits")
			select {
			case v := <-a:
				say("selector got a=%d", v)
			case v := <-b:
				say("selector got b=%d", v)
			}
		}
		done <- true
	}()
	runtime.Gosched()
	a <- 1
	say("main sent a")
	b <- 2
	say("main sent b")
	a <- 3
	say("main sent a")
	b <- 4
	say("main sent b")
	<-done
	say("main done")
	flush()
}
