package main

import (
	"fmt"
	"runtime"
)

// Truncating a slice (s = s[:0]) does not free anything: the collector
// scans the whole backing array up to its capacity, so the pointers past
// len still keep their objects alive. Clearing them (or dropping the
// array) frees the objects.

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

var stack []*node

func main() {
	fmt.Println("truncated slice keeps elements past len alive")
	live0, _ := collect()

	for i := 0; i < 1000; i++ {
		stack = append(stack, &node{id: i})
	}
	live1, frees1 := collect()
	fmt.Println("1000 pushed: live grew by >= 900:", live1-live0 >= 900)

	stack = stack[:0]
	live2, frees2 := collect()
	fmt.Println("len 0 cap", cap(stack) >= 1000)
	fmt.Println("truncated: nothing freed:", frees2-frees1 < 200)
	fmt.Println("truncated: still live:", live2-live0 >= 900)

	clear(stack[:cap(stack)])
	live3, frees3 := collect()
	fmt.Println("cleared up to cap: freed >= 1000:", frees3-frees2 >= 1000)
	fmt.Println("cleared up to cap: live back near start:", live3-live0 < 200)

	for i := 0; i < 500; i++ {
		stack = append(stack, &node{id: i})
	}
	for len(stack) > 0 {
		stack[len(stack)-1] = nil // pop without leaking
		stack = stack[:len(stack)-1]
	}
	live4, frees4 := collect()
	fmt.Println("500 pushed and popped with nil: freed >= 500:", frees4-frees3 >= 500)
	fmt.Println("popped with nil: live back near start:", live4-live0 < 200)
}
