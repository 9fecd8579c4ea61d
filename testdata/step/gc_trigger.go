package main

import "fmt"

type block struct {
	data [8192]byte
	next *block
}

// Each iteration allocates a block; every fourth is kept. The heap grows
// until it reaches the pacer's trigger, and a collection starts by itself.
func main() {
	var kept *block
	for i := 0; i < 600; i++ {
		b := &block{}
		if i%4 == 0 {
			b.next = kept
			kept = b
		}
	}
	n := 0
	for b := kept; b != nil; b = b.next {
		n++
	}
	fmt.Println("kept", n)
}
