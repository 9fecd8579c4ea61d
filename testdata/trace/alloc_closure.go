// trace: --gomaxprocs=1 --only=alloc --max-events=10
package main

import "fmt"

var next func() int

// A closure that escapes (stored in a global): the variables it reassigns
// move to the heap (8 B each, tiny), and the closure object holds the code
// pointer and their addresses (24 B, class 3).
func fib() func() int {
	a, b := 0, 1
	return func() int {
		a, b = b, a+b
		return a
	}
}

func main() {
	next = fib()
	next()
	next()
	fmt.Println(next())
}
