package main

import (
	"fmt"
	"time"
)

// A worker ticks every 10ms until a 55ms deadline timer fires.
func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	deadline := time.NewTimer(55 * time.Millisecond)
	ticks := 0
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-deadline.C:
			ticker.Stop()
			fmt.Println("deadline reached; ticks between 3 and 5:", ticks >= 3 && ticks <= 5)
			return
		}
	}
}
