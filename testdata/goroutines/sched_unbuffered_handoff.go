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

// Unbuffered handoff on one P: main blocks in send until the receiver
// arrives; a sender that finds a waiting receiver hands the value over,
// makes the receiver runnable (runnext) and keeps running itself.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ch {
			say("received %d", v)
		}
		say("receiver done")
		done <- true
	}()
	for i := 1; i <= 3; i++ {
		say("sending %d", i)
		ch <- i
		say("sent %d", i)
	}
	close(ch)
	say("closed")
	<-done
	say("main done")
	flush()
}
