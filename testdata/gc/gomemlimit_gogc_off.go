// env: GOGC=off GOMEMLIMIT=8MiB
package main

import (
	"fmt"
	"runtime"
)

// GOGC=off with a memory limit: the GOGC goal is gone, but the soft limit
// of 8 MiB still triggers collections, so 64 MiB of garbage in 5 KiB
// chunks (with 1 MiB kept live) never lets the heap grow far past the limit.

const MiB = 1 << 20

type chunk struct {
	prev *chunk
	ptrs [249]*chunk
	data [3000]byte
}

var keep []byte
var sink *chunk

func main() {
	fmt.Println("GOGC=off GOMEMLIMIT=8MiB: the limit drives the GC")
	keep = make([]byte, MiB)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("goal below the limit:", ms.NextGC < 8*MiB)

	for i := 0; i < 12800; i++ { // 12800 x 5376 B = 65 MiB
		sink = &chunk{}
		sink.data[i%3000] = 1
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("allocated >= 64 MiB:", ms.TotalAlloc >= 64*MiB)
	fmt.Println("the limit triggered GCs:", ms.NumGC > 0)
	fmt.Println("none forced:", ms.NumForcedGC == 0)
	fmt.Println("HeapSys stayed below 24 MiB:", ms.HeapSys < 24*MiB)
	fmt.Println("goal still below the limit:", ms.NextGC < 8*MiB)
	fmt.Println("kept buffer intact:", len(keep) == MiB)
}
