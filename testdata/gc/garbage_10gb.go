package main

import (
	"fmt"
	"runtime"
)

var sink []byte

// Allocates 10 GiB in total, 1 MiB at a time, keeping only the last
// block: the collector must free the rest, so the heap stays small.
func main() {
	const block = 1 << 20
	for i := 0; i < 10240; i++ {
		b := make([]byte, block)
		b[i%block] = byte(i)
		sink = b
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("allocated at least 10 GiB:", ms.TotalAlloc >= 10<<30)
	fmt.Println("heap stayed under 64 MiB:", ms.HeapSys < 64<<20)
	fmt.Println("collections ran:", ms.NumGC > 100)
}
