package main

import (
	"fmt"
	"time"
)

// The result arrives well before the timeout.
func main() {
	result := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		result <- 42
	}()
	for i := 0; i < 2; i++ {
		select {
		case v := <-result:
			fmt.Println("result", v)
		case <-time.After(60 * time.Millisecond):
			fmt.Println("timeout")
		}
	}
}
