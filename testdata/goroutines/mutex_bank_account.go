package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
	ops     int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	a.ops++
}

func (a *account) withdraw(n int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.ops++
	if a.balance < n {
		return false
	}
	a.balance -= n
	return true
}

// Deposits and withdrawals race, but the lock keeps the books consistent.
func main() {
	acc := &account{balance: 1000}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); acc.deposit(10) }()
		go func() { defer wg.Done(); acc.withdraw(10) }()
	}
	wg.Wait()
	fmt.Println("balance:", acc.balance, "operations:", acc.ops)
}
