// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

// A heap object is scanned by its type's pointer bitmap: an integer field
// of a struct, or of a slice's pointerful elements, whose value happens to
// be the address of a dead object does not keep that object alive.

type big [1 << 16]byte

type holder struct {
	addr uint64
	next *holder
	n    int
}

type pair struct {
	p    *int
	addr uintptr
}

func addrOf(p *big) uint64 {
	n, err := strconv.ParseUint(fmt.Sprintf("%p", p)[2:], 16, 64)
	if err != nil {
		panic(err)
	}
	return n
}

var ms runtime.MemStats

func heapAfterGC() uint64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

var h *holder
var pairs []pair

func main() {
	h = &holder{next: &holder{}}
	p := new(big)
	p[0] = 1
	h.addr = addrOf(p)
	h.next.addr = h.addr + 8
	before := heapAfterGC()
	fmt.Println("struct: object still used:", p[0])
	after := heapAfterGC()
	fmt.Println("struct: freed although a field holds its address:", before-after >= 1<<15)

	pairs = make([]pair, 3)
	q := new(big)
	q[0] = 2
	for i := range pairs {
		pairs[i].p = new(int)
		pairs[i].addr = uintptr(addrOf(q)) + uintptr(i)*8
	}
	before = heapAfterGC()
	fmt.Println("slice: object still used:", q[0])
	after = heapAfterGC()
	fmt.Println("slice: freed although elements hold its address:", before-after >= 1<<15)
	fmt.Println("the ints are still there:", h.addr != 0, pairs[2].addr-pairs[0].addr, *pairs[1].p)
}
