package main

import (
	"fmt"
	"time"
)

// Sleep durations, not start order, decide who reports first.
func main() {
	out := make(chan string)
	delays := map[string]int{"slow": 60, "fast": 20, "medium": 40}
	for _, name := range []string{"slow", "fast", "medium"} {
		go func() {
			time.Sleep(time.Duration(delays[name]) * time.Millisecond)
			out <- name
		}()
	}
	for i := 0; i < 3; i++ {
		fmt.Println(i+1, <-out)
	}
}
