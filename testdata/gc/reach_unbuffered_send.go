package main

import (
	"fmt"
	"runtime"
	"time"
)

// A value in flight in an unbuffered send is reachable: the sender blocks
// in `ch <- h` with its goroutine stack (and the waiting sudog) holding the
// only reference to the list until a receiver arrives.

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
	fmt.Println("root: value in flight in an unbuffered send")
	live0, _ := collect()

	ch := make(chan *node)
	built := make(chan bool)
	go func() {
		h := build(1000)
		built <- true
		ch <- h // blocks: nobody receives yet
	}()
	<-built
	time.Sleep(5 * time.Millisecond) // let the sender park in the send
	live1, frees1 := collect()
	fmt.Println("blocked sender's value: live grew by >= 900:", live1-live0 >= 900)

	got := <-ch
	fmt.Println("received list length:", length(got))
	live2, _ := collect()
	fmt.Println("received value still live: live >= 900 above start:", live2-live0 >= 900)
	runtime.KeepAlive(got)

	live3, frees3 := collect()
	fmt.Println("receiver done: freed >= 1000:", frees3-frees1 >= 1000)
	fmt.Println("receiver done: live back near start:", live3-live0 < 200)
}
