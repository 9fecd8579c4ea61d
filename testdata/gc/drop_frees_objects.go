package main

import (
	"fmt"
	"runtime"
)

// Objects die exactly when they become unreachable: 1000 nodes held by a
// global slice survive a GC; once the slice is dropped the next GC frees them.

type node struct {
	next *node
	id   int
	pad  [2]int
}

var keep []*node

var ms runtime.MemStats

// collect runs a full GC and returns the live heap objects and total frees.
func collect() (live, frees int64) {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapObjects), int64(ms.Frees)
}

func main() {
	fmt.Println("drop 1000 objects and collect")
	live0, _ := collect()

	keep = make([]*node, 1000)
	for i := range keep {
		keep[i] = &node{id: i}
	}
	live1, frees1 := collect()
	fmt.Println("while held: live grew by >= 900:", live1-live0 >= 900)
	fmt.Println("while held: live grew by < 1200:", live1-live0 < 1200)

	keep = nil
	live2, frees2 := collect()
	fmt.Println("after drop: freed >= 1000:", frees2-frees1 >= 1000)
	fmt.Println("after drop: live back near start:", live2-live0 < 200)
	fmt.Println("after drop: live fell by >= 900:", live1-live2 >= 900)
}
