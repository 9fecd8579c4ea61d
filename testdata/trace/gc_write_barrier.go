// trace: --gomaxprocs=1 --only=gc
package main

import "fmt"

// A heap-triggered cycle starts while a long list is being built; it is
// marked a little at each allocation (assists), so the program keeps
// running meanwhile, and nodes allocated now are born black. Cutting the
// list behind a node the collector has not reached yet overwrites a
// pointer to a white node: the write barrier shades it (the deletion
// half), so everything reachable when marking began survives this cycle
// (snapshot at the beginning); the tail is garbage for the next one.

type node struct {
	next *node
	pad  [6]int
}

var head *node

func main() {
	for i := 0; i < 120000; i++ {
		head = &node{next: head}
		if i == 58000 {
			// Cut the list 50 nodes before its end (first built, marked last).
			p := head
			for j := 0; j < i-50; j++ {
				p = p.next
			}
			p.next = nil
		}
	}
	n := 0
	for p := head; p != nil; p = p.next {
		n++
	}
	fmt.Println(n)
}
