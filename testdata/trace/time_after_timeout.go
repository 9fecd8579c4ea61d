// trace: --gomaxprocs=1 --only=time,chan
package main

import (
	"fmt"
	"time"
)

// time.After's timer fires first and wins the select; the slow sender
// is left parked.
func main() {
	ch := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		ch <- "result"
	}()
	select {
	case v := <-ch:
		fmt.Println(v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
}
