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


// Sends into a buffered channel with free space never block, so the
// producer fills the buffer before the consumer runs; once the buffer is
// full the producer parks and the consumer drains it.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	ch := make(chan int, 3)
	done := make(chan struct{})
	go func() {
		for v := range ch {
			say("consume %d (len %d)", v, len(ch))
		}
		say("consumer done")
		close(done)
	}()
	for i := 1; i <= 7; i++ {
		ch <- i
		say("produce %d (len %d)", i, len(ch))
	}
	close(ch)
	say("producer closed")
	<-done
	say("main done")
	flush()
}
