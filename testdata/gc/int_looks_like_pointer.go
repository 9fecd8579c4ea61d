// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

// An integer in a stack frame whose value happens to be the address of a
// heap object does not keep that object alive: the compiler's stack maps
// tell the collector which frame words hold pointers, and an int is not
// one of them.

type big [1 << 16]byte

// addrOf returns p's address as a plain integer.
func addrOf(p *big) uint64 {
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

func main() {
	p := new(big)
	p[0] = 7
	a := addrOf(p)
	before := heapAfterGC()
	fmt.Println("object still used:", p[0])
	// p is dead from here on; only the integer a holds its address.
	after := heapAfterGC()
	fmt.Println("freed although an int holds its address:", before-after >= 1<<15)
	fmt.Println("the int is still there:", a != 0, a%8 == 0)
}
