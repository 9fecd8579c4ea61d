package main

import (
	"errors"
	"fmt"
)

// Forwarding a goroutine's panic to the caller as an error value.
func run(f func()) (err error) {
	errc := make(chan error)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				errc <- fmt.Errorf("task panicked: %v", r)
				return
			}
			errc <- nil
		}()
		f()
	}()
	return <-errc
}

func main() {
	fmt.Println(run(func() { fmt.Println("task 1 fine") }))
	fmt.Println(run(func() { panic("task 2 exploded") }))
	fmt.Println(run(func() { var m map[string]int; m["x"] = 1 }))
	err := run(func() { panic(errors.New("wrapped")) })
	fmt.Println(err, errors.Unwrap(err) == nil)
}
