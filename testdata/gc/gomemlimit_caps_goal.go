// env: GOMEMLIMIT=64MiB
package main

import (
	"fmt"
	"runtime"
)

// GOMEMLIMIT caps the GOGC goal: with 40 MiB live, GOGC=100 alone would aim
// at about 80 MiB, but the 64 MiB soft limit (minus the runtime's other
// memory and some headroom) pulls the goal below 64 MiB.

const MiB = 1 << 20

var live [][]byte

func main() {
	fmt.Println("GOMEMLIMIT=64MiB with default GOGC")
	for i := 0; i < 40; i++ {
		live = append(live, make([]byte, MiB))
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heap, goal := float64(ms.HeapAlloc), float64(ms.NextGC)
	fmt.Println("live >= 40 MiB:", ms.HeapAlloc >= 40*MiB)
	fmt.Println("goal below 1.8x live (capped, not 2x):", goal < 1.8*heap)
	fmt.Println("goal below the 64 MiB limit:", ms.NextGC < 64*MiB)
	fmt.Println("goal still well above live (> 1.2x):", goal > 1.2*heap)

	live = [][]byte{live[0]} // a new array: the old one (and 39 buffers) is garbage
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("after dropping 39 MiB: live < 2 MiB:", ms.HeapAlloc < 2*MiB)
	fmt.Println("goal below the limit:", ms.NextGC < 64*MiB)
	fmt.Println("kept buffer:", len(live[0]))
}
