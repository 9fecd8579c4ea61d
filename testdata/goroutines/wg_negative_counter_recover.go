package main

import (
	"fmt"
	"sync"
)

// The negative-counter panic is an ordinary panic and can be recovered.
func main() {
	var wg sync.WaitGroup
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered: %v (%T)\n", r, r)
		}()
		wg.Add(2)
		wg.Add(-3)
	}()
	fmt.Println("main continues")
}
