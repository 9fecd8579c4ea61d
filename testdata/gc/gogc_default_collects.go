package main

import (
	"fmt"
	"runtime"
)

// With the default GOGC=100 the heap goal (4 MiB minimum) triggers
// collections on its own: allocating 64 MiB of garbage in 5 KiB chunks
// without calling runtime.GC() runs several cycles and the heap stays far
// smaller than what was allocated.

type chunk struct {
	prev *chunk
	ptrs [249]*chunk
	data [3000]byte
}

const MiB = 1 << 20

var sink *chunk

func main() {
	fmt.Println("default GOGC: garbage triggers automatic GCs")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fmt.Println("no GC before allocating:", before.NumGC == 0)
	fmt.Println("LastGC is zero:", before.LastGC == 0)

	for i := 0; i < 12800; i++ { // 12800 x 5376 B = 65 MiB
		sink = &chunk{}
		sink.data[i%3000] = 1
	}
	runtime.ReadMemStats(&after)
	fmt.Println("allocated >= 64 MiB:", after.TotalAlloc-before.TotalAlloc >= 64*MiB)
	fmt.Println("NumGC grew (> 0):", after.NumGC > 0)
	fmt.Println("at least 4 cycles:", after.NumGC >= 4)
	fmt.Println("none of them forced:", after.NumForcedGC == 0)
	fmt.Println("HeapSys stayed below 48 MiB:", after.HeapSys < 48*MiB)
	fmt.Println("LastGC set:", after.LastGC > 0)
}
