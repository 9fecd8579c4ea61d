package main

import (
	"fmt"
	"runtime"
)

// The collector does not collect goroutines: a goroutine blocked forever
// on a channel nobody else can reach is still a root, and everything on
// its stack stays alive (a goroutine leak is a memory leak).

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

func leak(ready chan<- bool) {
	ch := make(chan int) // only the goroutine below refers to ch
	go func() {
		h := build(1000)
		ready <- true
		<-ch // never sent: blocks forever
		fmt.Println("unreachable:", length(h))
	}()
}

func main() {
	fmt.Println("a leaked goroutine keeps its data alive")
	live0, _ := collect()

	ready := make(chan bool)
	leak(ready)
	<-ready
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	live1, _ := collect()
	fmt.Println("blocked goroutine still counted:", runtime.NumGoroutine() == 2)
	fmt.Println("its list survives GCs: live grew by >= 900:", live1-live0 >= 900)
	live2, _ := collect()
	fmt.Println("and again after another GC:", live2-live0 >= 900)
}
