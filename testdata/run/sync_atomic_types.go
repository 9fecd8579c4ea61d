package main

import (
	"fmt"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
	ready  atomic.Bool
}

// The typed wrappers: zero values, every method, and how fmt prints them.
func main() {
	var s stats
	fmt.Println("zero:", s.hits.Load(), s.misses.Load(), s.ready.Load())
	for i := 0; i < 5; i++ {
		s.hits.Add(2)
		s.misses.Add(1)
	}
	fmt.Println("hits:", s.hits.Load(), "misses:", s.misses.Load())
	fmt.Println("ready swap:", s.ready.Swap(true), s.ready.Load())
	fmt.Println("ready CAS:", s.ready.CompareAndSwap(false, true), s.ready.CompareAndSwap(true, false), s.ready.Load())
	s.ready.Store(true)

	var a atomic.Int32
	a.Store(-5)
	fmt.Println("Int32:", a.Add(3), a.Swap(12), a.And(10), a.Or(5), a.Load(), a.CompareAndSwap(15, 1), a.Load())
	var b atomic.Int64
	b.Store(1 << 50)
	fmt.Println("Int64:", b.Add(-1<<51), b.Swap(9), b.And(12), b.Or(3), b.Load(), b.CompareAndSwap(0, 1), b.Load())
	var c atomic.Uint32
	fmt.Println("Uint32:", c.Add(^uint32(0)), c.Swap(6), c.And(3), c.Or(8), c.Load(), c.CompareAndSwap(10, 11), c.Load())
	var d atomic.Uint64
	d.Store(1<<63 + 1)
	fmt.Println("Uint64:", d.Add(1<<63), d.Swap(255), d.And(15), d.Or(16), d.Load(), d.CompareAndSwap(31, 0), d.Load())
	var e atomic.Uintptr
	fmt.Println("Uintptr:", e.Add(40), e.Swap(41), e.And(1), e.Or(6), e.Load(), e.CompareAndSwap(7, 8), e.Load())

	fmt.Printf("%v %v %v\n", &s.hits, s.misses.Load(), s.ready.Load())
	var x atomic.Int64
	x.Store(42)
	var y atomic.Bool
	y.Store(true)
	var z atomic.Uint32
	fmt.Printf("%v %+v %v %v\n", x.Load(), z.Load(), y.Load(), a.Load())
	// fmt shows the layout: the noCopy and align64 markers print as {}.
	fmt.Printf("%v %+v %v %v\n", &x, &z, &y, &e)

	// Methods through pointers held elsewhere.
	counters := map[string]*atomic.Int32{"a": new(atomic.Int32), "b": new(atomic.Int32)}
	for _, k := range []string{"a", "b", "a", "a"} {
		counters[k].Add(1)
	}
	fmt.Println("a:", counters["a"].Load(), "b:", counters["b"].Load())
}
