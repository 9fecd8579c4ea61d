// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

// A value boxed in an interface and a closure's captured variables are
// scanned by their types: a boxed struct's integer field or a captured
// integer equal to a heap address keeps nothing alive.

type big [1 << 16]byte

type rec struct {
	name string
	addr uint64
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

var boxed any
var fns []func() uint64

func main() {
	p := new(big)
	p[0] = 1
	boxed = rec{"r", addrOf(p)}
	before := heapAfterGC()
	fmt.Println("interface: object still used:", p[0])
	after := heapAfterGC()
	fmt.Println("interface: freed although a boxed field holds its address:", before-after >= 1<<15)

	q := new(big)
	q[0] = 2
	for i := 0; i < 3; i++ {
		a := addrOf(q) + uint64(i)
		s := fmt.Sprint(i)
		fns = append(fns, func() uint64 { return a + uint64(len(s)) })
	}
	before = heapAfterGC()
	fmt.Println("closure: object still used:", q[0])
	after = heapAfterGC()
	fmt.Println("closure: freed although captured ints hold its address:", before-after >= 1<<15)
	fmt.Println("still there:", boxed.(rec).name, fns[2]()-fns[0]())
}
