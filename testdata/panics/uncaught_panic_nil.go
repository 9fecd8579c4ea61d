//go:debug panicnil=0

package main

import "fmt"

func main() {
	defer fmt.Println("deferred before panic(nil) propagates")
	var v any
	fmt.Println("v is nil:", v == nil)
	panic(v)
}
