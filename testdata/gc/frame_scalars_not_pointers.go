// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"math"
	"runtime"
	"strconv"
)

// The collector scans a frame by its stack map: only the words that hold
// pointers. A parameter, a result, a struct's or an array's integer field
// and a float whose value (or bits) equals the address of a dead heap
// object keep nothing alive; nor do the integers of a struct or of a
// slice's backing array that escape analysis kept in the frame (stack
// objects, scanned by their type's pointer words).

type big [1 << 16]byte

// garbageAddr allocates a 64 KiB object, drops it and returns its address
// as a plain integer.
//
//go:noinline
func garbageAddr() uint64 {
	p := new(big)
	p[1] = 1
	s := fmt.Sprintf("%p", p)
	n, err := strconv.ParseUint(s[2:], 16, 64)
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

// kept reports whether the heap grew by the dead object since base.
func kept(base uint64) bool {
	return heapAfterGC()-base >= 1<<15
}

func param(base, a uint64) bool {
	k := kept(base)
	return k && a != 1
}

func result(base uint64) (a uint64, k bool) {
	a = garbageAddr()
	k = kept(base)
	return
}

type rec struct {
	n    uint64
	f    float64
	name string
	tags []int
}

func main() {
	base := heapAfterGC()
	a := garbageAddr()
	fmt.Println("int local keeps it:", kept(base), a%8)

	base = heapAfterGC()
	fmt.Println("int parameter keeps it:", param(base, garbageAddr()))

	base = heapAfterGC()
	a, k := result(base)
	fmt.Println("int result keeps it:", k, a%8)

	base = heapAfterGC()
	r := rec{name: "x", tags: []int{1, 2}}
	r.n = garbageAddr()
	r.f = math.Float64frombits(garbageAddr())
	fmt.Println("struct fields keep them:", kept(base), r.n%8, r.name, len(r.tags))
	fmt.Println(math.Float64bits(r.f) % 8)

	base = heapAfterGC()
	var arr [4]uint64
	arr[2] = garbageAddr()
	fmt.Println("array element keeps it:", kept(base), arr[2]%8)

	base = heapAfterGC()
	sp := &rec{n: garbageAddr(), name: "y"}
	fmt.Println("frame struct's int keeps it:", kept(base), sp.n%8, sp.name)

	base = heapAfterGC()
	xs := []uint64{garbageAddr(), 1}
	fmt.Println("frame array's int keeps it:", kept(base), xs[0]%8, len(xs))
}
