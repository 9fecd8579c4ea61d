package main

import (
	"fmt"
	"time"
)

// time.After in a select bounds how long we wait for a slow result.
func slow() <-chan string {
	ch := make(chan string, 1) // buffered: the sender never leaks
	go func() {
		time.Sleep(80 * time.Millisecond)
		ch <- "slow result"
	}()
	return ch
}

func main() {
	select {
	case r := <-slow():
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out after 20ms")
	}
}
