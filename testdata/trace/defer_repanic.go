// trace: --gomaxprocs=1 --only=defer,panic
package main

import "fmt"

func work() {
	defer fmt.Println("work: deferred print")
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-panic after ", r))
	}()
	panic("first")
}

// A deferred call recovers and panics again; the new panic runs the
// remaining defers and main's recover catches it.
func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	work()
}
