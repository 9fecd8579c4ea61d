package main

import (
	"fmt"
	"runtime"
)

// A slice's backing array is scanned for pointers: nodes reachable only
// through a []*node stay alive; clearing the elements or dropping the slice
// frees them.

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

var table []*node

func main() {
	fmt.Println("container: slice of pointers")
	live0, _ := collect()

	table = make([]*node, 0, 4)
	for i := 0; i < 1000; i++ {
		table = append(table, &node{id: i})
	}
	live1, frees1 := collect()
	fmt.Println("slice holds 1000 nodes: live grew by >= 900:", live1-live0 >= 900)

	sum := 0
	for _, p := range table {
		sum += p.id
	}
	fmt.Println("sum of ids:", sum)

	clear(table[:500])
	live2, frees2 := collect()
	fmt.Println("cleared first 500: freed >= 500:", frees2-frees1 >= 500)
	fmt.Println("cleared first 500: live fell by >= 450:", live1-live2 >= 450)

	table = nil
	live3, frees3 := collect()
	fmt.Println("slice dropped: freed >= 500 more:", frees3-frees2 >= 500)
	fmt.Println("slice dropped: live back near start:", live3-live0 < 200)
}
