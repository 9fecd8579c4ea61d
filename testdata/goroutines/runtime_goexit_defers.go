package main

import (
	"fmt"
	"runtime"
)

func cleanup(name string, log chan<- string) {
	r := recover()
	log <- fmt.Sprintf("%s (recover returned %v)", name, r)
}

// Goexit stops the calling goroutine after running all its deferred calls,
// even ones in outer frames; recover returns nil, nothing is printed.
func work(log chan<- string) {
	defer cleanup("inner defer", log)
	log <- "work calls Goexit"
	runtime.Goexit()
	log <- "unreachable"
}

func main() {
	log := make(chan string)
	go func() {
		defer close(log)
		defer func() { log <- "outer defer" }()
		work(log)
		log <- "unreachable after work"
	}()
	for s := range log {
		fmt.Println(s)
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
