package main

import (
	"fmt"
	"runtime"
)

// Arguments of a deferred call are evaluated at the defer statement and
// saved until the call runs: they keep the list alive even after the
// variable they came from is cleared.

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

var live0, frees1 int64

func report(tag string, h *node) {
	fmt.Println(tag, "saw length:", length(h))
}

func work() {
	h := build(1000)
	defer report("deferred report", h)
	h = nil
	live1, f := collect()
	frees1 = f
	fmt.Println("variable cleared, defer argument holds list: live grew by >= 900:", live1-live0 >= 900)
	fmt.Println("h is nil:", h == nil)
}

func main() {
	fmt.Println("root: arguments of a deferred call")
	live0, _ = collect()
	work()
	live2, frees2 := collect()
	fmt.Println("deferred call ran: freed >= 1000:", frees2-frees1 >= 1000)
	fmt.Println("deferred call ran: live back near start:", live2-live0 < 200)
}
