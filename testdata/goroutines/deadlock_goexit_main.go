package main

import (
	"fmt"
	"runtime"
)

// runtime.Goexit in main runs main's defers and lets the other goroutines
// finish; once none is left the runtime reports a special deadlock.
func main() {
	start := make(chan bool)
	done := make(chan bool)
	defer func() {
		fmt.Println("main's deferred call runs")
		close(start)
	}()
	go func() {
		<-done
		fmt.Println("worker finished after main's Goexit")
	}()
	go func() {
		<-start
		done <- true
	}()
	runtime.Goexit()
	fmt.Println("unreachable")
}
