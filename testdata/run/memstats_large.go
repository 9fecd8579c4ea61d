// Objects over 32760 bytes get a span of their own: one malloc each,
// TotalAlloc and HeapInuse grow by whole 8 KiB pages, BySize is untouched.
package main

import (
	"fmt"
	"runtime"
)

var (
	before, after runtime.MemStats
	keep          [][]byte
	keepP         [][]*int
)

func bySizeMallocs(m *runtime.MemStats) uint64 {
	var n uint64
	for _, c := range m.BySize {
		n += c.Mallocs
	}
	return n
}

func show(what string) {
	fmt.Printf("%s: mallocs +%d frees +%d total +%d alloc +%d inuse +%d objects +%d bysize +%d\n", what,
		after.Mallocs-before.Mallocs, after.Frees-before.Frees, after.TotalAlloc-before.TotalAlloc,
		after.HeapAlloc-before.HeapAlloc,
		after.HeapInuse-before.HeapInuse, after.HeapObjects-before.HeapObjects,
		bySizeMallocs(&after)-bySizeMallocs(&before))
}

func main() {
	keep = make([][]byte, 0, 10)
	keepP = make([][]*int, 0, 10)
	for _, n := range []int{32761, 40000, 65536, 100000} {
		runtime.ReadMemStats(&before)
		keep = append(keep, make([]byte, n))
		runtime.ReadMemStats(&after)
		show(fmt.Sprint(n, " bytes"))
	}
	runtime.ReadMemStats(&before)
	keepP = append(keepP, make([]*int, 5000))
	runtime.ReadMemStats(&after)
	show("5000 pointers")
}
