package main

import (
	"fmt"
	"runtime"
)

// A local variable on the goroutine's stack is a root while it is live;
// runtime.KeepAlive after the GC keeps it live across the collection.

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

var live0 int64

func hold() int64 {
	h := build(1000)
	live1, frees1 := collect()
	fmt.Println("local holds list: live grew by >= 900:", live1-live0 >= 900)
	fmt.Println("local holds list: live grew by < 1200:", live1-live0 < 1200)
	runtime.KeepAlive(h)
	return frees1
}

func main() {
	fmt.Println("root: local variable kept alive with runtime.KeepAlive")
	live0, _ = collect()
	frees1 := hold()
	live2, frees2 := collect()
	fmt.Println("after return: freed >= 1000:", frees2-frees1 >= 1000)
	fmt.Println("after return: live back near start:", live2-live0 < 200)
}
