package main

import "fmt"

func f(n int) int {
	if n == 0 {
		return 0
	}
	var pad [64]int
	pad[n%64] = n
	return f(n-1) + 1 + pad[n%64] - n
}

// A callee whose frame opens a new stack segment returns its result through
// that segment: the caller must still read it after the segment is popped.
func main() {
	fmt.Println(f(1000), f(5000))
}
