// trace: --gomaxprocs=1 --only=go.park,go.ready,timer.set,timer.fire
package main

import (
	"sync"
	"time"
)

// Each park names what the goroutine waits on: a channel, a select's
// channels, a sync word (inside its heap object: the WaitGroup's and the
// Mutex's semaphores), a sleep's deadline; and each timer that fires
// says what it does (readies the sleeper, or calls time.sendTime).

type account struct {
	mu      sync.Mutex
	balance int
}

func main() {
	acc := &account{}
	var wg sync.WaitGroup
	results := make(chan int)
	quit := make(chan bool)
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			acc.mu.Lock()
			time.Sleep(time.Millisecond)
			acc.balance += n
			acc.mu.Unlock()
			results <- n
		}(i)
	}
	go func() {
		wg.Wait()
		close(quit)
	}()
	sum := 0
	for {
		select {
		case n := <-results:
			sum += n
		case <-quit:
			println("sum", sum, "balance", acc.balance)
			return
		case <-time.After(time.Second):
			println("timeout")
			return
		}
	}
}
