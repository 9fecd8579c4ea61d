// TotalAlloc grows by the size class of each object, not its size: one
// pointer-free []byte of each length, kept in a global.
package main

import (
	"fmt"
	"runtime"
)

var (
	before, after runtime.MemStats
	sink          []byte
)

//go:noinline
func alloc(n int) { sink = make([]byte, n) }

func main() {
	sizes := []int{16, 17, 24, 25, 33, 49, 100, 200, 500, 512, 513, 1000, 1025, 2000, 4000, 5000, 8000, 9000, 16384, 20000, 32760}
	for _, n := range sizes {
		alloc(n)
		runtime.ReadMemStats(&before)
		alloc(n)
		runtime.ReadMemStats(&after)
		fmt.Printf("%6d bytes: mallocs %d, total %d\n", n, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)
	}
}
