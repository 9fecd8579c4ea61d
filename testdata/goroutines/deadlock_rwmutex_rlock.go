package main

import (
	"fmt"
	"sync"
)

// A writer holds the lock and then waits for a reader: the readers block
// in RLock, the writer never unlocks.
func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("main holds the write lock")
	started := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			started <- true
			rw.RLock()
			fmt.Println("never")
		}()
		<-started
	}
	fmt.Println("main now takes a read lock too")
	rw.RLock()
}
