package main

import (
	"fmt"
	"sync"
)

// If the function passed to Once.Do panics, Once still counts it as done.
func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("init failed") })
	}()
	ran := false
	once.Do(func() { ran = true })
	fmt.Println("second Do ran its function:", ran)
}
