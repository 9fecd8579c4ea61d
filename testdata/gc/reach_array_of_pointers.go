package main

import (
	"fmt"
	"runtime"
)

// Arrays of pointers are scanned element by element, both a global array
// and an array local to a function (in the function's stack frame).

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

var global [500]*node

func main() {
	fmt.Println("container: arrays of pointers")
	live0, _ := collect()

	var local [500]*node
	for i := range global {
		global[i] = &node{id: i}
		local[i] = &node{id: 500 + i}
	}
	live1, frees1 := collect()
	fmt.Println("global and local arrays hold 1000 nodes: live grew by >= 900:", live1-live0 >= 900)

	sum := 0
	for i := range local {
		sum += global[i].id + local[i].id
	}
	fmt.Println("sum of ids:", sum)

	global = [500]*node{}
	live2, frees2 := collect()
	fmt.Println("global array zeroed: freed >= 500:", frees2-frees1 >= 500)
	fmt.Println("local array still holds 500: live >= 450 above start:", live2-live0 >= 450)
	fmt.Println("last local id:", local[499].id)

	for i := 0; i < 250; i++ {
		local[i] = nil
	}
	live3, frees3 := collect()
	fmt.Println("half of local cleared: freed >= 250 more:", frees3-frees2 >= 250)
	fmt.Println("half of local cleared: live fell by >= 200:", live2-live3 >= 200)
	runtime.KeepAlive(&local)
}
