package main

import (
	"fmt"
	"runtime"
)

// An interface value holding a pointer keeps the pointee alive: first an
// `any` global, then an `error` whose dynamic value is a pointer to a
// struct that owns a list.

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

type listError struct {
	list *node
}

func (e *listError) Error() string { return fmt.Sprint("list of ", length(e.list)) }

var sink any
var lastErr error

func main() {
	fmt.Println("root: interfaces holding pointers")
	live0, _ := collect()

	sink = build(1000)
	live1, frees1 := collect()
	fmt.Println("any holds *node list: live grew by >= 900:", live1-live0 >= 900)
	fmt.Println("type assertion length:", length(sink.(*node)))

	sink = 42 // a small integer boxes without allocating
	live2, frees2 := collect()
	fmt.Println("any overwritten: freed >= 1000:", frees2-frees1 >= 1000)
	fmt.Println("any overwritten: live back near start:", live2-live0 < 200)

	lastErr = &listError{list: build(1000)}
	live3, _ := collect()
	fmt.Println("error holds list: live grew by >= 900:", live3-live0 >= 900)
	fmt.Println("error says:", lastErr)

	lastErr = nil
	live4, frees4 := collect()
	fmt.Println("error cleared: freed >= 1000:", frees4-frees2 >= 1000)
	fmt.Println("error cleared: live back near start:", live4-live0 < 200)
	fmt.Println("sink is now:", sink)
}
