package main

import (
	"fmt"
	"runtime"
)

// Map values are scanned: nodes stored as map[int]*node values stay alive;
// deleting entries frees the nodes they pointed to, clear frees the rest.

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
	fmt.Println("container: map with pointer values")
	live0, _ := collect()

	m := make(map[int]*node)
	for i := 0; i < 1000; i++ {
		m[i] = &node{id: i}
	}
	live1, frees1 := collect()
	fmt.Println("map holds 1000 nodes: live grew by >= 900:", live1-live0 >= 900)
	fmt.Println("entries:", len(m))

	for i := 0; i < 1000; i += 2 {
		delete(m, i)
	}
	live2, frees2 := collect()
	fmt.Println("deleted 500 keys: freed >= 500:", frees2-frees1 >= 500)
	fmt.Println("deleted 500 keys: live fell by >= 450:", live1-live2 >= 450)
	fmt.Println("entries:", len(m), "node 999 id:", m[999].id)

	clear(m)
	live3, frees3 := collect()
	fmt.Println("clear: freed >= 500 more:", frees3-frees2 >= 500)
	fmt.Println("clear: live fell by >= 450 more:", live2-live3 >= 450)
	fmt.Println("entries:", len(m))
	runtime.KeepAlive(m)
}
