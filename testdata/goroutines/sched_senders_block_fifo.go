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


// Three senders block on an unbuffered channel (in the order s3, s1, s2).
// main receives three times: values come out in blocking order, and each
// receive readies its sender into runnext, kicking the previous one.
func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // start on a fresh time slice
	ch := make(chan string)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := fmt.Sprintf("s%d", i)
			say("%s sending", name)
			ch <- name
			say("%s resumed", name)
		}()
	}
	runtime.Gosched()
	for i := 0; i < 3; i++ {
		say("main received %s", <-ch)
	}
	wg.Wait()
	say("main done")
	flush()
}
