package main

import (
	"fmt"
	"runtime"
)

// A deferred closure keeps what it captures alive until it has run, even
// when the function body no longer mentions the variable; defers in a loop
// (heap-allocated defer records) hold theirs the same way.

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

func once() {
	h := build(1000)
	defer func() {
		fmt.Println("deferred closure saw length:", length(h))
	}()
	live1, f := collect()
	frees1 = f
	fmt.Println("deferred closure holds list: live grew by >= 900:", live1-live0 >= 900)
}

func looped() {
	for i := 0; i < 4; i++ {
		h := build(250)
		defer func() { fmt.Println("loop defer", i, "saw length:", length(h)) }()
	}
	live1, _ := collect()
	fmt.Println("4 loop defers hold 4 lists: live grew by >= 900:", live1-live0 >= 900)
}

func main() {
	fmt.Println("root: deferred closures")
	live0, _ = collect()
	once()
	live2, frees2 := collect()
	fmt.Println("closure ran: freed >= 1000:", frees2-frees1 >= 1000)
	fmt.Println("closure ran: live back near start:", live2-live0 < 200)

	looped()
	live3, frees3 := collect()
	fmt.Println("loop defers ran: freed >= 1000:", frees3-frees2 >= 1000)
	fmt.Println("loop defers ran: live back near start:", live3-live0 < 200)
}
