// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"runtime"
)

// A pointer parameter is a root only until its last use, as gc's liveness
// analysis has it: after that, the object it pointed to can be collected
// while the function is still running.

type big [1 << 16]byte

var ms runtime.MemStats

func heapAfterGC() uint64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

var done = make(chan bool)

func consume(p *big, n int) {
	p[0] = byte(n)
	before := heapAfterGC()
	fmt.Println("parameter still used:", p[0])
	// p is dead from here on.
	after := heapAfterGC()
	fmt.Println("freed while its function runs:", before-after >= 1<<15, n)
	done <- true
}

func main() {
	go consume(new(big), 3)
	<-done
	go consume(new(big), 4)
	<-done
}
