package main

import (
	"fmt"
	"runtime"
)

// A buffered channel's buffer is scanned: lists sitting in the buffer are
// reachable only through the channel, and become garbage once received and
// dropped.

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
	fmt.Println("container: channel buffer holding pointers")
	live0, _ := collect()

	ch := make(chan *node, 4)
	for i := 0; i < 4; i++ {
		ch <- build(250)
	}
	live1, frees1 := collect()
	fmt.Println("buffer holds 4 lists: live grew by >= 900:", live1-live0 >= 900)
	fmt.Println("buffered:", len(ch))

	total := 0
	for i := 0; i < 2; i++ {
		total += length(<-ch)
	}
	fmt.Println("received nodes:", total)
	live2, frees2 := collect()
	fmt.Println("2 lists received and dropped: freed >= 500:", frees2-frees1 >= 500)
	fmt.Println("2 lists still buffered: live >= 450 above start:", live2-live0 >= 450)
	fmt.Println("buffered:", len(ch))

	close(ch)
	for h := range ch {
		total += length(h)
	}
	fmt.Println("received nodes:", total)
	live3, frees3 := collect()
	fmt.Println("drained: freed >= 500 more:", frees3-frees2 >= 500)
	fmt.Println("drained: live back near start:", live3-live0 < 200)
}
