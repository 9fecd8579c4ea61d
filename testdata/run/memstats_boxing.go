// Converting values to interfaces: small integers and single bytes point
// into a static table, zero-size values share zerobase, other values are
// copied to the heap (pointer-free ones under 16 bytes by the tiny
// allocator).
package main

import (
	"fmt"
	"runtime"
)

type point struct{ x, y int }

type empty struct{}

var (
	before, after runtime.MemStats
	sink          any
	vals          = []uint64{0, 7, 255, 256, 1 << 40}
	pt            = point{1, 2}
	str           = "hello"
	sl            = []int{1, 2, 3}
	b             byte
)

func measure(what string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%-16s mallocs %d frees %d class2 %d\n", what, after.Mallocs-before.Mallocs,
		after.Frees-before.Frees, after.BySize[2].Mallocs-before.BySize[2].Mallocs)
}

func main() {
	for _, v := range vals {
		measure(fmt.Sprint("uint64 ", v), func() { sink = v })
	}
	measure("byte", func() { sink = b })
	measure("two uint64s", func() {
		sink = vals[3]
		sink = vals[4]
	})
	measure("point", func() { sink = pt })
	measure("string", func() { sink = str })
	measure("slice", func() { sink = sl })
	measure("empty struct", func() { sink = empty{} })
	measure("pointer", func() { sink = &pt })
}
