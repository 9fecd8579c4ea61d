package main

import (
	"fmt"
	"runtime"
)

// Dropping some pointers frees exactly those objects: nil out every other
// element of a slice of 1000 pointers and half the nodes die.

type node struct {
	next *node
	id   int
	pad  [2]int
}

var keep []*node

var ms runtime.MemStats

func collect() (live, frees int64) {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapObjects), int64(ms.Frees)
}

func main() {
	fmt.Println("drop half of 1000 objects")
	live0, _ := collect()
	keep = make([]*node, 1000)
	for i := range keep {
		keep[i] = &node{id: i}
	}
	live1, frees1 := collect()
	fmt.Println("all held: live grew by >= 900:", live1-live0 >= 900)

	for i := 0; i < len(keep); i += 2 {
		keep[i] = nil
	}
	live2, frees2 := collect()
	fmt.Println("half dropped: freed >= 500:", frees2-frees1 >= 500)
	fmt.Println("half dropped: live fell by >= 450:", live1-live2 >= 450)
	fmt.Println("half dropped: survivors still counted (>= 450 above start):", live2-live0 >= 450)
	fmt.Println("half dropped: less than 700 above start:", live2-live0 < 700)

	sum := 0
	for _, p := range keep {
		if p != nil {
			sum += p.id
		}
	}
	fmt.Println("sum of odd ids:", sum)

	keep = nil
	live3, frees3 := collect()
	fmt.Println("all dropped: freed >= 500 more:", frees3-frees2 >= 500)
	fmt.Println("all dropped: live back near start:", live3-live0 < 200)
}
