package main

import (
	"fmt"
	"runtime"
)

// Cycles do not keep themselves alive (no reference counting): a doubly
// linked ring of 1000 nodes where every node is pointed to twice is freed
// as soon as nothing outside the ring points into it.

type ring struct {
	next, prev *ring
	id         int
	pad        int
}

func makeRing(n int) *ring {
	first := &ring{id: 0}
	first.next, first.prev = first, first
	for i := 1; i < n; i++ {
		r := &ring{id: i, prev: first.prev, next: first}
		first.prev.next = r
		first.prev = r
	}
	return first
}

var ms runtime.MemStats

func collect() (live, frees int64) {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapObjects), int64(ms.Frees)
}

var hold *ring

func main() {
	fmt.Println("cycle: a ring becomes garbage when unreachable")
	live0, _ := collect()

	hold = makeRing(1000)
	live1, frees1 := collect()
	fmt.Println("ring held: live grew by >= 900:", live1-live0 >= 900)
	n := 1
	for r := hold.next; r != hold; r = r.next {
		n++
	}
	fmt.Println("ring size:", n, "prev of first:", hold.prev.id)

	hold = hold.next.next // any node reaches the whole ring
	live2, _ := collect()
	fmt.Println("held through another node: still live:", live2-live0 >= 900)

	hold = nil
	live3, frees3 := collect()
	fmt.Println("ring dropped: freed >= 1000:", frees3-frees1 >= 1000)
	fmt.Println("ring dropped: live back near start:", live3-live0 < 200)

	for i := 0; i < 500; i++ {
		hold = &ring{id: i} // a node pointing to itself
		hold.next, hold.prev = hold, hold
	}
	hold = nil
	live4, frees4 := collect()
	fmt.Println("500 self-referencing nodes: freed >= 500:", frees4-frees3 >= 500)
	fmt.Println("500 self-referencing nodes: live back near start:", live4-live0 < 200)
}
