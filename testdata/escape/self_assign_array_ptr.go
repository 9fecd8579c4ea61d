package main

import "fmt"

type pair [2]*int

// Swapping two elements of an array reached through a pointer does not
// change what the array's elements point to: gc ignores the
// self-assignment (once per element assigned).
func swap(p *pair) {
	p[0], p[1] = p[1], p[0]
}

func main() {
	a, b := 1, 2
	p := &pair{&a, &b}
	swap(p)
	fmt.Println(*p[0], *p[1])
}
