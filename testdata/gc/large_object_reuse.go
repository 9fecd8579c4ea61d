package main

import (
	"fmt"
	"runtime"
)

// Pages of a freed large object go back to the heap and are reused: 40
// rounds of allocating a 2 MiB buffer, dropping it and collecting allocate
// 80 MiB in total, yet HeapSys (address space obtained for the heap) does
// not grow after the first round.

var ms runtime.MemStats

func stats() runtime.MemStats {
	runtime.ReadMemStats(&ms)
	return ms
}

const MiB = 1 << 20

var buf []byte

func main() {
	fmt.Println("freed large objects are reused")
	runtime.GC()
	start := stats()

	var first, maxSys uint64
	for round := 0; round < 40; round++ {
		buf = make([]byte, 2*MiB)
		buf[round] = 1
		buf = nil
		runtime.GC()
		s := stats()
		if round == 0 {
			first = s.HeapSys
		}
		maxSys = max(maxSys, s.HeapSys)
	}
	end := stats()
	fmt.Println("allocated >= 80 MiB in total:", end.TotalAlloc-start.TotalAlloc >= 80*MiB)
	fmt.Println("freed >= 40 objects:", end.Frees-start.Frees >= 40)
	fmt.Println("HeapSys never grew by more than 2 MiB after round 0:", maxSys-first <= 2*MiB)
	fmt.Println("HeapSys stays below 16 MiB:", maxSys < 16*MiB)
	fmt.Println("HeapAlloc back below 1 MiB:", end.HeapAlloc < MiB)
	fmt.Println("NumGC grew by 40:", end.NumGC-start.NumGC == 40)
}
