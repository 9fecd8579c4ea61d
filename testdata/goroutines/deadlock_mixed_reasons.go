package main

import (
	"fmt"
	"sync"
)

// One dump, many wait reasons; goroutines are listed in creation order.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var nilCh chan int
	unbuf := make(chan int)
	started := make(chan string)
	mu.Lock()
	wg.Add(1)
	go func() { started <- "sender"; unbuf <- 1 }()
	go func() { started <- "nil receiver"; <-nilCh }()
	go func() {
		started <- "selector"
		select {
		case <-nilCh:
		case nilCh <- 2:
		}
	}()
	go func() { started <- "locker"; mu.Lock() }()
	go func() { started <- "blocker"; select {} }()
	n := 0
	for range 5 {
		<-started
		n++
	}
	fmt.Println(n, "goroutines started, main waits")
	wg.Wait()
}
