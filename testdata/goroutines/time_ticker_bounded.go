package main

import (
	"fmt"
	"time"
)

// A ticker delivers ticks until stopped; we take exactly four.
func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	start := time.Now()
	count := 0
	for range ticker.C {
		count++
		fmt.Println("tick", count)
		if count == 4 {
			break
		}
	}
	fmt.Println("at least 40ms passed:", time.Since(start) >= 40*time.Millisecond)
	ticker.Reset(20 * time.Millisecond)
	<-ticker.C
	fmt.Println("one more tick after Reset")
}
