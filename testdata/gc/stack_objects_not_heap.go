package main

import (
	"fmt"
	"runtime"
)

// Only heap objects are the collector's business: values that escape
// analysis keeps on the stack are not counted in Mallocs and need no GC,
// while the same values made to escape are heap allocations.

type point struct {
	x, y int
	next *point
}

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

var sink *point

//go:noinline
func local(i int) int {
	p := &point{x: i, y: 2 * i} // does not escape: stack
	q := &point{x: 1, next: p}
	return q.x + q.next.y
}

//go:noinline
func escaping(i int) int {
	p := &point{x: i, y: 2 * i} // stored in a global: heap
	sink = p
	return p.y
}

func main() {
	fmt.Println("stack allocations are invisible to the heap")
	s := 0
	before := mallocs()
	for i := 0; i < 1000; i++ {
		s += local(i)
	}
	after := mallocs()
	fmt.Println("1000 calls with non-escaping pointers: mallocs < 10:", after-before < 10)

	before = mallocs()
	for i := 0; i < 1000; i++ {
		s += escaping(i)
	}
	after = mallocs()
	fmt.Println("1000 calls with escaping pointers: mallocs >= 1000:", after-before >= 1000)
	fmt.Println("sum:", s)
}
