// Appending one element at a time reallocates as the slice grows
// (growslice): the number of reallocations and the bytes they take.
package main

import (
	"fmt"
	"runtime"
)

var (
	before, after runtime.MemStats
	ints          []int
	bytes         []byte
	strs          []string
)

func main() {
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		ints = append(ints, i)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("1000 ints: mallocs", after.Mallocs-before.Mallocs, "bytes", after.TotalAlloc-before.TotalAlloc, "cap", cap(ints))

	runtime.ReadMemStats(&before)
	for i := 0; i < 5000; i++ {
		bytes = append(bytes, byte(i))
	}
	runtime.ReadMemStats(&after)
	fmt.Println("5000 bytes: mallocs", after.Mallocs-before.Mallocs, "bytes", after.TotalAlloc-before.TotalAlloc, "cap", cap(bytes))

	runtime.ReadMemStats(&before)
	for i := 0; i < 300; i++ {
		strs = append(strs, "x")
	}
	runtime.ReadMemStats(&after)
	fmt.Println("300 strings: mallocs", after.Mallocs-before.Mallocs, "bytes", after.TotalAlloc-before.TotalAlloc, "cap", cap(strs))
}
