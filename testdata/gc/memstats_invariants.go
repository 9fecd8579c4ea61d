package main

import (
	"fmt"
	"runtime"
)

// Relations between MemStats fields that hold at every ReadMemStats:
// HeapObjects = Mallocs - Frees, Alloc = HeapAlloc, in-use spans cover the
// allocated bytes, and cumulative counters never decrease.

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

var keep *node
var sink []byte

func check(tag string, prev *runtime.MemStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(tag)
	fmt.Println("  HeapObjects == Mallocs-Frees:", m.HeapObjects == m.Mallocs-m.Frees)
	fmt.Println("  Alloc == HeapAlloc:", m.Alloc == m.HeapAlloc)
	fmt.Println("  HeapInuse >= HeapAlloc:", m.HeapInuse >= m.HeapAlloc)
	fmt.Println("  HeapSys == HeapInuse+HeapIdle:", m.HeapSys == m.HeapInuse+m.HeapIdle)
	fmt.Println("  HeapIdle >= HeapReleased:", m.HeapIdle >= m.HeapReleased)
	fmt.Println("  Sys >= HeapSys+StackSys:", m.Sys >= m.HeapSys+m.StackSys)
	fmt.Println("  TotalAlloc >= HeapAlloc:", m.TotalAlloc >= m.HeapAlloc)
	fmt.Println("  StackInuse > 0:", m.StackInuse > 0)
	fmt.Println("  EnableGC:", m.EnableGC)
	fmt.Println("  counters never decrease:", m.TotalAlloc >= prev.TotalAlloc &&
		m.Mallocs >= prev.Mallocs && m.Frees >= prev.Frees && m.NumGC >= prev.NumGC)
	*prev = m
}

func main() {
	var prev runtime.MemStats
	check("at start", &prev)
	keep = build(1000)
	sink = make([]byte, 100000)
	check("after allocating", &prev)
	runtime.GC()
	check("after a GC with data live", &prev)
	keep, sink = nil, nil
	runtime.GC()
	check("after a GC with data dropped", &prev)
}
