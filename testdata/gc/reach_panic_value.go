package main

import (
	"fmt"
	"runtime"
)

// A panic value is reachable while the panic is in progress: a deferred
// function collects garbage before calling recover, and the list carried by
// the panic survives; after recovery the value is garbage once dropped.

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

type failure struct {
	list *node
}

var live0, frees1 int64

func explode() {
	defer func() {
		live1, f := collect()
		frees1 = f
		fmt.Println("panicking, value holds list: live grew by >= 900:", live1-live0 >= 900)
		r := recover()
		fmt.Println("recovered list length:", length(r.(*failure).list))
	}()
	panic(&failure{list: build(1000)})
}

func main() {
	fmt.Println("root: panic value during recover")
	live0, _ = collect()
	explode()
	fmt.Println("explode returned normally")
	live2, frees2 := collect()
	fmt.Println("recovered value dropped: freed >= 1000:", frees2-frees1 >= 1000)
	fmt.Println("recovered value dropped: live back near start:", live2-live0 < 200)
}
