package main

import (
	"fmt"
	"runtime"
)

// The heap goal starts at the 4 MiB minimum (GOGC=100): NextGC >= 4 MiB
// before any cycle, and a collection of a tiny heap keeps it at the
// minimum instead of 2x the (tiny) live heap.

var ms runtime.MemStats

const MiB = 1 << 20

func main() {
	runtime.ReadMemStats(&ms)
	fmt.Println("no GC yet:", ms.NumGC == 0)
	fmt.Println("LastGC is zero:", ms.LastGC == 0)
	fmt.Println("NextGC >= 4 MiB at start:", ms.NextGC >= 4*MiB)
	fmt.Println("NextGC < 5 MiB at start:", ms.NextGC < 5*MiB)
	fmt.Println("live heap far below the goal:", ms.HeapAlloc < ms.NextGC/2)

	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("after a GC of a tiny heap: NextGC still >= 4 MiB:", ms.NextGC >= 4*MiB)
	fmt.Println("after a GC of a tiny heap: NextGC < 5 MiB:", ms.NextGC < 5*MiB)
	fmt.Println("HeapAlloc < 1 MiB:", ms.HeapAlloc < MiB)
}
