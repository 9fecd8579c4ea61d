package main

import (
	"fmt"
	"runtime"
)

// A closure keeps its captured variables alive: the list built inside
// makeCounter is reachable only through the func value's context.

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

func makeCounter() func() int {
	h := build(1000)
	return func() int { return length(h) }
}

var count func() int

func main() {
	fmt.Println("root: closure capturing a variable")
	live0, _ := collect()

	count = makeCounter()
	live1, frees1 := collect()
	fmt.Println("closure holds list: live grew by >= 900:", live1-live0 >= 900)
	fmt.Println("closure counts:", count())

	local := makeCounter()
	live2, _ := collect()
	fmt.Println("two closures: live grew by >= 1800:", live2-live0 >= 1800)
	fmt.Println("local closure counts:", local())

	count = nil
	live3, frees3 := collect()
	fmt.Println("global closure dropped: freed >= 1000:", frees3-frees1 >= 1000)
	fmt.Println("local closure still live: live >= 900 above start:", live3-live0 >= 900)
	runtime.KeepAlive(local)

	live4, _ := collect()
	fmt.Println("local closure dead: live back near start:", live4-live0 < 200)
}
