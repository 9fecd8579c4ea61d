package main

import (
	"fmt"
	"sync/atomic"
)

// Load, Store and Swap publish a value between goroutines.
func main() {
	var state int32
	done := make(chan bool)
	go func() {
		atomic.StoreInt32(&state, 2)
		done <- true
	}()
	<-done
	fmt.Println("state:", atomic.LoadInt32(&state))
	old := atomic.SwapInt32(&state, 7)
	fmt.Println("swap returned", old, "now", atomic.LoadInt32(&state))
	var flag uint64
	atomic.StoreUint64(&flag, 1<<40)
	fmt.Println("uint64:", atomic.LoadUint64(&flag))
	var mask int32 = 0b1100
	fmt.Println("And returns old:", atomic.AndInt32(&mask, 0b0100), "now", mask)
	fmt.Println("Or returns old:", atomic.OrInt32(&mask, 0b0011), "now", mask)
}
