// Allocations per iteration, measured as testing.AllocsPerRun does: read
// the statistics before and after N runs and divide the Mallocs delta.
package main

import (
	"fmt"
	"runtime"
)

type pair struct {
	a, b *int
	n    int
}

type big struct {
	p   *int
	buf [60]int
}

var (
	before, after runtime.MemStats
	sinkPair      *pair
	sinkBig       *big
	sinkInts      []int
	sinkPtrs      []*int
	sinkInt       *int
)

const runs = 100

func allocsPerRun(f func()) uint64 {
	f() // warm up, as AllocsPerRun does
	runtime.ReadMemStats(&before)
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&after)
	return (after.Mallocs - before.Mallocs) / runs
}

//go:noinline
func newPair() *pair { return &pair{n: 1} }

//go:noinline
func twoPairs() *pair {
	p := newPair()
	p.a = new(int)
	return p
}

func main() {
	fmt.Println("nothing:", allocsPerRun(func() {}))
	fmt.Println("new(pair):", allocsPerRun(func() { sinkPair = new(pair) }))
	fmt.Println("&pair{}:", allocsPerRun(func() { sinkPair = &pair{n: 2} }))
	fmt.Println("noinline &pair{}:", allocsPerRun(func() { sinkPair = newPair() }))
	fmt.Println("pair and int:", allocsPerRun(func() { sinkPair = twoPairs() }))
	fmt.Println("new(big):", allocsPerRun(func() { sinkBig = new(big) }))
	fmt.Println("make([]int, 10):", allocsPerRun(func() { sinkInts = make([]int, 10) }))
	fmt.Println("make([]*int, 3):", allocsPerRun(func() { sinkPtrs = make([]*int, 3) }))
	fmt.Println("three new(int):", allocsPerRun(func() {
		sinkInt = new(int)
		sinkInt = new(int)
		sinkInt = new(int)
	}))
	fmt.Println("zero-size:", allocsPerRun(func() { sinkInts = make([]int, 0) }))
}
