package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) incr() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

// Go mutexes are not reentrant: calling incr while holding the lock blocks.
func (c *counter) incrTwice() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.incr()
	c.incr()
}

func main() {
	c := &counter{}
	c.incr()
	fmt.Println("n =", c.n)
	c.incrTwice()
}
