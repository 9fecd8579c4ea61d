// env: GOGC=50
package main

import (
	"fmt"
	"runtime"
)

// GOGC=50 makes the heap goal live + 50%: the starting goal is half the
// default 4 MiB minimum, and with 12 MiB live the next goal is about 18 MiB.

const MiB = 1 << 20

var live [][]byte
var sink []byte

func main() {
	fmt.Println("GOGC=50: goal = 1.5x live")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("starting goal >= 2 MiB:", ms.NextGC >= 2*MiB)
	fmt.Println("starting goal < 3 MiB:", ms.NextGC < 3*MiB)

	for i := 0; i < 12; i++ {
		live = append(live, make([]byte, MiB))
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	heap, goal := float64(ms.HeapAlloc), float64(ms.NextGC)
	fmt.Println("live >= 12 MiB:", ms.HeapAlloc >= 12*MiB)
	fmt.Println("goal >= 1.45x live:", goal >= 1.45*heap)
	fmt.Println("goal <= 1.65x live:", goal <= 1.65*heap)

	n := ms.NumGC
	for i := 0; i < 512; i++ {
		sink = make([]byte, 64*1024) // 32 MiB of garbage
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("32 MiB of garbage triggered GCs:", ms.NumGC > n)
	runtime.KeepAlive(live)
}
