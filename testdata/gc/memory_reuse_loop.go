package main

import (
	"fmt"
	"runtime"
)

// Garbage is recycled by the automatic collector: allocating 200 MiB in
// short-lived 5 KiB chunks (never more than two of them live) keeps the
// heap small. No runtime.GC() calls: every cycle here is triggered by the
// heap goal, and freed slots are handed out again.

type chunk struct {
	prev *chunk
	ptrs [249]*chunk
	data [3000]byte
}

const MiB = 1 << 20

var last *chunk

func main() {
	fmt.Println("reusing memory across automatic GCs")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)

	for i := 0; i < 40000; i++ { // 40000 x 5376 B = 205 MiB
		c := &chunk{}
		c.data[i%3000] = byte(i)
		if i%2 == 1 {
			c.prev = last // pairs: each chunk is dead two iterations later
		}
		last = c
	}
	runtime.ReadMemStats(&after)

	fmt.Println("allocated >= 200 MiB in total:", after.TotalAlloc-before.TotalAlloc >= 200*MiB)
	fmt.Println("automatic GCs ran:", after.NumGC > before.NumGC)
	fmt.Println("no forced GCs:", after.NumForcedGC == 0)
	fmt.Println("HeapSys stayed below 64 MiB:", after.HeapSys < 64*MiB)
	fmt.Println("at least half the chunks were freed:", after.Frees-before.Frees >= 20000)
	fmt.Println("last pair intact:", last.prev != nil && last.prev.prev == nil)
}
