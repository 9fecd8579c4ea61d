// env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

// GOGC=off disables heap-triggered collection: 64 MiB of garbage all stays
// in the heap, NextGC is effectively infinite, and only an explicit
// runtime.GC() collects.

type chunk struct {
	prev *chunk
	ptrs [249]*chunk
	data [3000]byte
}

const MiB = 1 << 20

var sink *chunk

func main() {
	fmt.Println("GOGC=off: no automatic GC")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("NextGC is effectively infinite (>= 2^62):", ms.NextGC >= 1<<62)

	for i := 0; i < 12800; i++ { // 12800 x 5376 B = 65 MiB of garbage
		sink = &chunk{}
		sink.data[i%3000] = 1
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("allocated >= 64 MiB:", ms.TotalAlloc >= 64*MiB)
	fmt.Println("NumGC:", ms.NumGC)
	fmt.Println("garbage piles up: HeapAlloc >= 64 MiB:", ms.HeapAlloc >= 64*MiB)
	fmt.Println("heap grew: HeapSys >= 64 MiB:", ms.HeapSys >= 64*MiB)
	fmt.Println("nothing freed yet: Frees < 1000:", ms.Frees < 1000)
	fmt.Println("live objects >= 12800:", ms.HeapObjects >= 12800)

	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("runtime.GC() still works: NumGC", ms.NumGC, "NumForcedGC", ms.NumForcedGC)
	fmt.Println("after it: HeapAlloc < 1 MiB:", ms.HeapAlloc < MiB)
	fmt.Println("after it: >= 12800 frees:", ms.Frees >= 12800)
	fmt.Println("NextGC still effectively infinite:", ms.NextGC >= 1<<62)
}
