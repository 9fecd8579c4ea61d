// trace: --gomaxprocs=1 --only=alloc
package main

import "fmt"

// An escaping closure: the reassigned n moves to the heap (8 B, tiny), and
// the closure holds the code pointer, &n and a copy of step (24 B, class 3).
func counter(step int) func() int {
	n := 0
	return func() int {
		n += step
		return n
	}
}

func main() {
	next := counter(5)
	next()
	fmt.Println(next())
}
