package main

import (
	"fmt"
	"runtime"
)

// Channel misuse panics are runtime.Error values and can be recovered.
func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isRuntime := r.(runtime.Error)
		fmt.Printf("%-16s recovered %q runtime.Error=%v\n", name, err.Error(), isRuntime)
	}()
	f()
}

func main() {
	try("send on closed", func() {
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	})
	try("close closed", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("close nil", func() {
		var ch chan int
		close(ch)
	})
	try("negative size", func() {
		n := -1
		_ = make(chan int, n)
	})
	fmt.Println("all recovered")
}
