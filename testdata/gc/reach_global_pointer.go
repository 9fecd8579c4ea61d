package main

import (
	"fmt"
	"runtime"
)

// A global variable is a root: a list whose only reference is a package-level
// pointer survives every GC until the global is cleared.

type node struct {
	next *node
	id   int
	pad  [2]int
}

// build returns a fresh linked list of n heap nodes.
func build(n int) *node {
	var head *node
	for i := n - 1; i >= 0; i-- {
		head = &node{next: head, id: i}
	}
	return head
}

func length(h *node) int {
	n := 0
	for ; h != nil; h = h.next {
		n++
	}
	return n
}

var ms runtime.MemStats

// collect runs a full GC and returns the live heap objects and total frees.
func collect() (live, frees int64) {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapObjects), int64(ms.Frees)
}

var head *node

func main() {
	fmt.Println("root: global pointer")
	live0, _ := collect()
	head = build(1000)
	live1, frees1 := collect()
	fmt.Println("global holds list: live grew by >= 900:", live1-live0 >= 900)
	runtime.GC()
	live2, _ := collect()
	fmt.Println("still live after two more GCs:", live2-live0 >= 900)
	fmt.Println("list length:", length(head))

	head = nil
	live3, frees3 := collect()
	fmt.Println("global cleared: freed >= 1000:", frees3-frees1 >= 1000)
	fmt.Println("global cleared: live back near start:", live3-live0 < 200)
}
