package main

import (
	"fmt"
	"runtime"
)

// runtime.GC() runs exactly one complete cycle per call: NumGC grows by
// one each time, and NumForcedGC counts the cycles the program forced.

var ms runtime.MemStats

func read() (uint32, uint32) {
	runtime.ReadMemStats(&ms)
	return ms.NumGC, ms.NumForcedGC
}

func main() {
	n, f := read()
	fmt.Println("at start: NumGC", n, "NumForcedGC", f)

	runtime.GC()
	n, f = read()
	fmt.Println("after 1 call: NumGC", n, "NumForcedGC", f)

	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	n, f = read()
	fmt.Println("after 6 calls: NumGC", n, "NumForcedGC", f)

	for i := 0; i < 10; i++ {
		before, _ := read()
		runtime.GC()
		after, _ := read()
		if after != before+1 {
			fmt.Println("cycle count jumped by", after-before)
		}
	}
	n, f = read()
	fmt.Println("after 16 calls: NumGC", n, "NumForcedGC", f)
	fmt.Println("every cycle was forced:", n == f)
}
