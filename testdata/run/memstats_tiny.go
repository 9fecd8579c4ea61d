// The tiny allocator: pointer-free objects under 16 bytes share 16-byte
// blocks. Each block is one class-2 allocation; every object placed in
// an existing block counts as both a malloc and a free.
package main

import (
	"fmt"
	"runtime"
)

var (
	before, after runtime.MemStats
	keep32        []*int32
	keep64        []*int64
	keepB         []*[3]byte
)

func delta(what string) {
	fmt.Printf("%s: Mallocs +%d Frees +%d HeapObjects +%d BySize[2] +%d TotalAlloc +%d\n", what,
		after.Mallocs-before.Mallocs, after.Frees-before.Frees, after.HeapObjects-before.HeapObjects,
		after.BySize[2].Mallocs-before.BySize[2].Mallocs, after.TotalAlloc-before.TotalAlloc)
}

func main() {
	keep32 = make([]*int32, 1000)
	keep64 = make([]*int64, 100)
	keepB = make([]*[3]byte, 100)

	runtime.ReadMemStats(&before)
	for i := range keep32 {
		keep32[i] = new(int32)
	}
	runtime.ReadMemStats(&after)
	delta("1000 x int32")

	runtime.ReadMemStats(&before)
	for i := range keep64 {
		keep64[i] = new(int64)
	}
	runtime.ReadMemStats(&after)
	delta("100 x int64")

	runtime.ReadMemStats(&before)
	for i := range keepB {
		keepB[i] = new([3]byte)
	}
	runtime.ReadMemStats(&after)
	delta("100 x [3]byte")
}
