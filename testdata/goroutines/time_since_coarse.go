package main

import (
	"fmt"
	"time"
)

// Only coarse comparisons of elapsed time are deterministic.
func main() {
	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("slept at least 50ms:", elapsed >= 50*time.Millisecond)
	fmt.Println("less than 5s:", elapsed < 5*time.Second)
	deadline := start.Add(50 * time.Millisecond)
	fmt.Println("past the deadline:", time.Now().After(deadline))
	fmt.Println("Until is not positive:", time.Until(deadline) <= 0)
	fmt.Println("Sub agrees:", time.Now().Sub(start) >= elapsed)
}
