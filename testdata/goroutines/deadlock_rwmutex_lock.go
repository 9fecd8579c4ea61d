package main

import (
	"fmt"
	"runtime"
	"sync"
)

// main holds a read lock that is never released. A writer waits for it in
// RWMutex.Lock; a second writer (main itself) then waits on the writers'
// internal mutex, which the dump shows as sync.Mutex.Lock.
func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("main holds a read lock")
	go func() {
		rw.Lock()
		fmt.Println("never")
	}()
	// A pending writer makes TryRLock fail: wait until the writer is queued.
	for rw.TryRLock() {
		rw.RUnlock()
		runtime.Gosched()
	}
	fmt.Println("writer is waiting for the readers")
	fmt.Println("main tries to take the write lock too")
	rw.Lock()
}
