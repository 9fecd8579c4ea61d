package main

import (
	"fmt"
	"runtime"
)

// With GOGC=100 the next heap goal is about twice the live heap: keep
// 12 MiB of buffers live, collect, and NextGC lands near 24 MiB (a little
// more, since stacks and globals count too).

var ms runtime.MemStats

const MiB = 1 << 20

var live [][]byte

func main() {
	fmt.Println("pacer: goal = live + live*GOGC/100")
	for i := 0; i < 12; i++ {
		live = append(live, make([]byte, MiB))
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	heap := float64(ms.HeapAlloc)
	goal := float64(ms.NextGC)
	fmt.Println("live heap >= 12 MiB:", ms.HeapAlloc >= 12*MiB)
	fmt.Println("goal >= 1.9x live:", goal >= 1.9*heap)
	fmt.Println("goal <= 2.2x live:", goal <= 2.2*heap)

	live = append([][]byte(nil), live[:3]...) // a fresh array: the old one is garbage
	runtime.GC()
	runtime.ReadMemStats(&ms)
	heap = float64(ms.HeapAlloc)
	goal = float64(ms.NextGC)
	fmt.Println("after dropping 9 MiB: live < 4 MiB:", ms.HeapAlloc < 4*MiB)
	fmt.Println("goal follows the smaller heap (<= 8 MiB):", ms.NextGC <= 8*MiB)
	fmt.Println("goal >= 1.9x live:", goal >= 1.9*heap)
	runtime.KeepAlive(live)
}
