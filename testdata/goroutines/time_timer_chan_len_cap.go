package main

import (
	"fmt"
	"time"
)

// Since Go 1.23 timer channels are synchronous: len and cap are 0, and a
// stopped or reset timer never delivers a stale value.
func main() {
	t := time.NewTimer(10 * time.Millisecond)
	fmt.Println("len/cap:", len(t.C), cap(t.C))
	time.Sleep(30 * time.Millisecond)
	fmt.Println("after expiry, len:", len(t.C))
	t.Reset(40 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("stale value (old behaviour)")
	default:
		fmt.Println("no stale value after Reset")
	}
	<-t.C
	fmt.Println("fired after Reset")
	a := time.After(5 * time.Millisecond)
	fmt.Println("time.After len/cap:", len(a), cap(a))
	<-a
	fmt.Println("time.After fired")
}
