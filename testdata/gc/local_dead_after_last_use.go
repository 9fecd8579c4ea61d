package main

import (
	"fmt"
	"runtime"
)

// A local variable stops being a root after its last use: the compiler's
// liveness maps tell the collector which stack slots still matter, so a list
// referenced only by a dead local is freed even though its function is
// still running.

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

func main() {
	fmt.Println("root: a dead local variable is not a root")
	live0, frees0 := collect()

	h := build(1000)
	fmt.Println("list length before the GC:", length(h))
	// h is never used again: at the call to runtime.GC it is dead.
	live1, frees1 := collect()
	fmt.Println("dead local: freed >= 1000:", frees1-frees0 >= 1000)
	fmt.Println("dead local: live near start:", live1-live0 < 200)

	k := build(1000)
	live2, _ := collect()
	fmt.Println("local used after the GC: live grew by >= 900:", live2-live0 >= 900)
	fmt.Println("list length after the GC:", length(k))
}
