package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

// Mutex, RWMutex and WaitGroup on one goroutine: nothing ever blocks.
func main() {
	var mu sync.Mutex
	fmt.Println("TryLock free:", mu.TryLock())
	fmt.Println("TryLock held:", mu.TryLock())
	mu.Unlock()
	mu.Lock()
	fmt.Println("TryLock after Lock:", mu.TryLock())
	mu.Unlock()
	fmt.Println("TryLock after Unlock:", mu.TryLock())
	mu.Unlock()

	a := &account{}
	for i := 1; i <= 10; i++ {
		a.deposit(i)
	}
	fmt.Println("balance:", a.balance)

	var l sync.Locker = &mu
	l.Lock()
	fmt.Println("locked through Locker:", !mu.TryLock())
	l.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("TryRLock with readers:", rw.TryRLock())
	fmt.Println("TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free:", rw.TryLock())
	fmt.Println("TryRLock with a writer:", rw.TryRLock())
	fmt.Println("TryLock with a writer:", rw.TryLock())
	rw.Unlock()
	rw.Lock()
	rw.Unlock()
	r := rw.RLocker()
	r.Lock()
	fmt.Println("RLocker holds a read lock:", !rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	r.Unlock()
	fmt.Println("all released:", rw.TryLock())
	rw.Unlock()

	var wg sync.WaitGroup
	wg.Wait()
	wg.Add(3)
	for i := 0; i < 3; i++ {
		wg.Done()
	}
	wg.Wait()
	wg.Add(2)
	wg.Add(-2)
	wg.Wait()
	fmt.Println("WaitGroup counter back to zero")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Add(-1)
	}()

	// A Cond with nobody waiting: Signal and Broadcast do nothing.
	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	fmt.Println("Cond locker is the mutex:", c.L == sync.Locker(&mu))
}
