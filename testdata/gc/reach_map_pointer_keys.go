package main

import (
	"fmt"
	"runtime"
)

// Map keys are scanned too: nodes used only as map[*node]int keys stay
// alive until their entries are deleted.

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

var seen map[*node]int

func main() {
	fmt.Println("container: map with pointer keys")
	live0, _ := collect()

	seen = make(map[*node]int)
	for i := 0; i < 1000; i++ {
		seen[&node{id: i}] = i
	}
	live1, frees1 := collect()
	fmt.Println("keys hold 1000 nodes: live grew by >= 900:", live1-live0 >= 900)

	ok := 0
	for k, v := range seen {
		if k.id == v {
			ok++
		}
	}
	fmt.Println("keys intact:", ok)

	for k := range seen {
		if k.id >= 250 {
			delete(seen, k)
		}
	}
	live2, frees2 := collect()
	fmt.Println("deleted 750 keys: freed >= 750:", frees2-frees1 >= 750)
	fmt.Println("deleted 750 keys: live fell by >= 700:", live1-live2 >= 700)
	fmt.Println("entries left:", len(seen))

	seen = nil
	live3, frees3 := collect()
	fmt.Println("map dropped: freed >= 250 more:", frees3-frees2 >= 250)
	fmt.Println("map dropped: live back near start:", live3-live0 < 200)
}
