// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

// A closure that does not escape keeps its record (the function and the
// captured variables) in its creator's frame, as a stack object. While the
// closure runs the record is live, and the collector scans its pointer
// words only: a captured integer equal to a dead object's address keeps
// nothing alive, a captured pointer does.

type big [1 << 16]byte

// addrOf returns p's address as a plain integer.
//
//go:noinline
func addrOf(p *big) uint64 {
	s := fmt.Sprintf("%p", p)
	n, err := strconv.ParseUint(s[2:], 16, 64)
	if err != nil {
		panic(err)
	}
	return n
}

//go:noinline
func newBig() *big {
	return new(big)
}

var ms runtime.MemStats

func heapAfterGC() uint64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func main() {
	base := heapAfterGC()
	a := addrOf(newBig())
	n := 3
	f := func() bool {
		grew := heapAfterGC()-base >= 1<<15
		return grew && a%8 == 0 && n == 3
	}
	fmt.Println("captured int keeps it:", f())

	base = heapAfterGC()
	p := newBig()
	p[5] = 5
	g := func() bool {
		grew := heapAfterGC()-base >= 1<<15
		return grew && p[5] == 5
	}
	fmt.Println("captured pointer keeps it:", g())
}
