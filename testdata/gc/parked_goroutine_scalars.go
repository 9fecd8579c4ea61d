// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

// A parked goroutine's stack is scanned by its frames' stack maps too: an
// integer it holds that equals a dead object's address keeps nothing
// alive, a pointer it holds does.

type big [1 << 16]byte

//go:noinline
func newBig() *big {
	return new(big)
}

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

var ms runtime.MemStats

func heapAfterGC() uint64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func main() {
	ready := make(chan bool)
	done := make(chan bool)
	result := make(chan uint64)

	base := heapAfterGC()
	go func() {
		a := addrOf(newBig())
		ready <- true
		<-done
		result <- a
	}()
	<-ready
	fmt.Println("parked goroutine's int keeps it:", heapAfterGC()-base >= 1<<15)
	done <- true
	fmt.Println((<-result)%8)

	base = heapAfterGC()
	go func() {
		p := newBig()
		p[3] = 3
		ready <- true
		<-done
		result <- uint64(p[3])
	}()
	<-ready
	fmt.Println("parked goroutine's pointer keeps it:", heapAfterGC()-base >= 1<<15)
	done <- true
	fmt.Println(<-result)
}
