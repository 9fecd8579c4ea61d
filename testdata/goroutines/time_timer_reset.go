package main

import (
	"fmt"
	"time"
)

// Reset changes when a timer fires; the race between two timers is
// decided by their durations.
func main() {
	a := time.NewTimer(50 * time.Millisecond)
	b := time.NewTimer(90 * time.Millisecond)
	fmt.Println("reset a (still active):", a.Reset(60*time.Millisecond))
	fmt.Println("reset b (still active):", b.Reset(10*time.Millisecond))
	select {
	case <-a.C:
		fmt.Println("a fired first")
	case <-b.C:
		fmt.Println("b fired first")
	}
	<-a.C
	fmt.Println("a fired later")
	fmt.Println("reset b after it fired:", b.Reset(5*time.Millisecond))
	<-b.C
	fmt.Println("b fired again")
}
