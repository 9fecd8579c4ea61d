package main

import (
	"fmt"
	"runtime"
)

// Every goroutine's stack is a root, including a goroutine parked on a
// channel: its local variable is the only reference to a list, and the
// list survives the collection until the goroutine wakes up and uses it.

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

func main() {
	fmt.Println("root: stack of a parked goroutine")
	live0, _ := collect()

	ready := make(chan bool)
	wake := make(chan bool)
	result := make(chan int)
	go func() {
		h := build(1000)
		ready <- true
		<-wake // parked here, h is live on this stack
		result <- length(h)
	}()
	<-ready
	live1, frees0 := collect()
	fmt.Println("parked goroutine holds list: live grew by >= 900:", live1-live0 >= 900)
	live1b, frees1 := collect()
	fmt.Println("a second GC frees almost nothing:", frees1-frees0 < 200)
	fmt.Println("a second GC keeps the list:", live1b-live0 >= 900)

	wake <- true
	fmt.Println("goroutine saw length:", <-result)
	live2, frees2 := collect()
	fmt.Println("goroutine done: freed >= 1000:", frees2-frees1 >= 1000)
	fmt.Println("goroutine done: live back near start:", live2-live0 < 200)
}
