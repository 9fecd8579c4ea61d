// env: GOGC=200
package main

import (
	"fmt"
	"runtime"
)

// GOGC=200 makes the heap goal live + 200%: the starting goal is twice the
// default 4 MiB minimum, and with 12 MiB live the next goal is about 36 MiB.

const MiB = 1 << 20

var live [][]byte

func main() {
	fmt.Println("GOGC=200: goal = 3x live")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("starting goal >= 8 MiB:", ms.NextGC >= 8*MiB)
	fmt.Println("starting goal < 9 MiB:", ms.NextGC < 9*MiB)

	for i := 0; i < 6; i++ {
		live = append(live, make([]byte, MiB))
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("6 MiB allocated, no GC needed yet:", ms.NumGC == 0)

	for i := 0; i < 6; i++ {
		live = append(live, make([]byte, MiB))
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	heap, goal := float64(ms.HeapAlloc), float64(ms.NextGC)
	fmt.Println("live >= 12 MiB:", ms.HeapAlloc >= 12*MiB)
	fmt.Println("goal >= 2.9x live:", goal >= 2.9*heap)
	fmt.Println("goal <= 3.3x live:", goal <= 3.3*heap)
	runtime.KeepAlive(live)
}
