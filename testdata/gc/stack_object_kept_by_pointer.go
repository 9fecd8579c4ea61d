package main

import (
	"fmt"
	"runtime"
)

// A stack object the code no longer names is still scanned while a live
// pointer reaches it: here a local is reached through the backing array of
// a slice literal (another stack object) that a slice still uses, so the
// 1 MiB array the local points to stays alive until the slice's last use;
// then the same through a closure's record.

type box struct {
	data *[1 << 20]byte
}

var ms runtime.MemStats

// heap runs a full GC and returns the bytes of live heap objects.
func heap() int64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}

func fill(b *box) {
	b.data = new([1 << 20]byte)
	b.data[1] = 42
}

// first returns the first element's pointer; it keeps nothing.
func first(ps []*box) *box { return ps[0] }

const MiB = 1 << 20

func main() {
	base := heap()
	var b box
	fill(&b)
	ps := []*box{&b} // b's last mention: only ps reaches it from now on
	kept := heap()
	fmt.Println("kept through a live pointer:", kept-base >= MiB/2)
	fmt.Println("read through it:", first(ps).data[1], len(ps))
	after := heap()
	fmt.Println("freed once no pointer is live:", kept-after >= MiB/2)

	// A closure that does not escape keeps its record in the frame, and
	// the record points to the variable it captures by reference.
	var c box
	fill(&c)
	get := func() byte { return c.data[1] }
	held := heap()
	fmt.Println("kept through a closure:", held-after >= MiB/2)
	fmt.Println("closure reads:", get())
	gone := heap()
	fmt.Println("freed once the closure is dead:", held-gone >= MiB/2)
}
