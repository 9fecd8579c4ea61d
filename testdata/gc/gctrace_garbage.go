// env: GODEBUG=gctrace=1 GOMAXPROCS=2
package main

import (
	"fmt"
	"runtime"
)

// Five forced cycles, each after building and dropping a list of 40000
// nodes (1.25 MiB): gctrace prints five `(forced)` lines whose heap
// figures read 1->1->0 MB (the list is garbage by the time it is marked).

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
	fmt.Println("gctrace: five forced GCs over garbage")
	runtime.ReadMemStats(&ms)
	frees0 := ms.Frees
	for i := 0; i < 5; i++ {
		head = build(40000)
		fmt.Println("round", i, "length", length(head))
		head = nil
		runtime.GC()
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("freed >= 200000:", ms.Frees-frees0 >= 200000)
	fmt.Println("NumGC:", ms.NumGC, "NumForcedGC:", ms.NumForcedGC)
}
