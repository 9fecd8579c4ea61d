// ReadMemStats flushes the mcache: the current tiny block is dropped, so
// the next tiny object starts a fresh block.
package main

import (
	"fmt"
	"runtime"
)

var (
	before, after runtime.MemStats
	p, q          *int32
)

func main() {
	p = new(int32)
	runtime.ReadMemStats(&before)
	q = new(int32) // a fresh block, not the rest of p's
	runtime.ReadMemStats(&after)
	fmt.Println("after a flush: mallocs", after.Mallocs-before.Mallocs, "frees", after.Frees-before.Frees,
		"blocks", after.BySize[2].Mallocs-before.BySize[2].Mallocs)

	runtime.ReadMemStats(&before)
	p = new(int32)
	q = new(int32) // packed next to p
	runtime.ReadMemStats(&after)
	fmt.Println("two in a row: mallocs", after.Mallocs-before.Mallocs, "frees", after.Frees-before.Frees,
		"blocks", after.BySize[2].Mallocs-before.BySize[2].Mallocs)
}
