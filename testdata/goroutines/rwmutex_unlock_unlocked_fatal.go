package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	done := make(chan bool)
	go func() {
		rw.Lock()
		rw.Unlock()
		fmt.Println("worker released the write lock")
		rw.Unlock()
		done <- true
	}()
	<-done
}
