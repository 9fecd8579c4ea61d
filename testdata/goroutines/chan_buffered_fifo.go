package main

import "fmt"

// A buffered channel is a FIFO queue: sends do not block while there is room.
func main() {
	ch := make(chan string, 4)
	for _, w := range []string{"alpha", "beta", "gamma", "delta"} {
		ch <- w
		fmt.Printf("queued %-6s len=%d cap=%d\n", w, len(ch), cap(ch))
	}
	for len(ch) > 0 {
		w := <-ch
		fmt.Printf("took   %-6s len=%d\n", w, len(ch))
	}
}
