package main

import (
	"fmt"
	"runtime"
)

// Reachability follows pointers one way: holding a node in the middle of a
// singly linked list keeps that node and everything after it, while the
// nodes before it become garbage.

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

var head, mid *node

func main() {
	fmt.Println("linked list: keeping a suffix")
	live0, _ := collect()

	head = build(1000)
	mid = head
	for i := 0; i < 600; i++ {
		mid = mid.next
	}
	live1, frees1 := collect()
	fmt.Println("whole list held: live grew by >= 900:", live1-live0 >= 900)
	fmt.Println("mid id:", mid.id, "suffix length:", length(mid))

	head = nil
	live2, frees2 := collect()
	fmt.Println("head dropped: freed >= 600:", frees2-frees1 >= 600)
	fmt.Println("head dropped: live fell by >= 550:", live1-live2 >= 550)
	fmt.Println("suffix of 400 survives: live >= 350 above start:", live2-live0 >= 350)
	fmt.Println("suffix of 400 survives: live < 600 above start:", live2-live0 < 600)

	for i := 0; i < 100; i++ {
		mid = mid.next
	}
	live3, _ := collect()
	fmt.Println("moved 100 ahead: live fell by >= 90:", live2-live3 >= 90)
	fmt.Println("suffix length:", length(mid))

	mid = nil
	live4, _ := collect()
	fmt.Println("all dropped: live back near start:", live4-live0 < 200)
}
