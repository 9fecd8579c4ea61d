// BySize counts allocations per size class: pointerful objects over
// 512 bytes carry an 8-byte malloc header and may move up a class;
// objects of 512 bytes or less keep their pointer bits in the span.
package main

import (
	"fmt"
	"runtime"
)

type s40 struct {
	p *int
	x [4]int
}

type s512 struct {
	p *int
	x [63]int
}

type n512 struct {
	x [64]int
}

type s576 struct {
	p *int
	x [71]int
}

type n576 struct {
	x [72]int
}

var (
	before, after runtime.MemStats
	a             []*s40
	b             []*s512
	c             []*n512
	d             []*s576
	e             []*n576
)

func report(what string) {
	fmt.Println(what)
	for i := range after.BySize {
		d := after.BySize[i].Mallocs - before.BySize[i].Mallocs
		if d != 0 {
			fmt.Printf("  class %d (%d bytes): +%d\n", i, after.BySize[i].Size, d)
		}
	}
}

func main() {
	a = make([]*s40, 0, 100)
	b = make([]*s512, 0, 100)
	c = make([]*n512, 0, 100)
	d = make([]*s576, 0, 100)
	e = make([]*n576, 0, 100)

	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		a = append(a, new(s40))
	}
	runtime.ReadMemStats(&after)
	report("100 x 40-byte pointerful")

	runtime.ReadMemStats(&before)
	for i := 0; i < 20; i++ {
		b = append(b, new(s512))
	}
	runtime.ReadMemStats(&after)
	report("20 x 512-byte pointerful")

	runtime.ReadMemStats(&before)
	for i := 0; i < 20; i++ {
		c = append(c, new(n512))
	}
	runtime.ReadMemStats(&after)
	report("20 x 512-byte pointer-free")

	runtime.ReadMemStats(&before)
	for i := 0; i < 20; i++ {
		d = append(d, new(s576))
	}
	runtime.ReadMemStats(&after)
	report("20 x 576-byte pointerful (with header)")

	runtime.ReadMemStats(&before)
	for i := 0; i < 20; i++ {
		e = append(e, new(n576))
	}
	runtime.ReadMemStats(&after)
	report("20 x 576-byte pointer-free")
}
