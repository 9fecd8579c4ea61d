// trace: --gomaxprocs=1 --only=alloc,gc
package main

import (
	"fmt"
	"runtime"
)

// 1000-byte objects without pointers share 1024-byte slots, 8 to a
// one-page span. The first takes a span grown from the heap; each ninth
// finds the mcache's span full: mcache.refill hands it back to mcentral's
// full set and cacheSpan grows a new one (mheap.alloc). After a cycle that
// frees a whole span (its pages go back to the heap) and two slots of
// another, the next objects come from mcentral's partial set.
var keep [20]*[1000]byte

func main() {
	for i := range keep {
		keep[i] = new([1000]byte)
	}
	for i := 0; i < 8; i++ {
		keep[i] = nil
	}
	keep[9], keep[11] = nil, nil
	runtime.GC()
	for i := 0; i < 4; i++ {
		keep[i] = new([1000]byte)
	}
	fmt.Println(len(keep))
}
