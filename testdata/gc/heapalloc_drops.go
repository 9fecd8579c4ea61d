package main

import (
	"fmt"
	"runtime"
)

// HeapAlloc counts bytes of allocated objects, reachable or not yet swept:
// it grows while 2 MiB of small nodes are built and falls by about as much
// once they are dropped and runtime.GC() has swept the heap.

type node struct {
	next *node
	id   int
	pad  [2]int
}

var ms runtime.MemStats

const MiB = 1 << 20

var head *node

func main() {
	fmt.Println("HeapAlloc falls after runtime.GC()")
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc

	for i := 0; i < 65536; i++ { // 65536 x 32 B = 2 MiB
		head = &node{next: head, id: i}
	}
	runtime.ReadMemStats(&ms)
	grown := ms.HeapAlloc
	fmt.Println("built 2 MiB: HeapAlloc grew by >= 1.9 MiB:", grown-base >= 19*MiB/10)

	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("still reachable: GC keeps it (>= 1.9 MiB above start):", ms.HeapAlloc-base >= 19*MiB/10)

	head = nil
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("dropped: HeapAlloc fell by >= 1.9 MiB:", grown-ms.HeapAlloc >= 19*MiB/10)
	fmt.Println("dropped: HeapAlloc back within 128 KiB of start:", ms.HeapAlloc < base+128*1024)
	fmt.Println("HeapInuse >= HeapAlloc:", ms.HeapInuse >= ms.HeapAlloc)
}
