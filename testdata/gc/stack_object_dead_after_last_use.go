package main

import (
	"fmt"
	"runtime"
)

// An address-taken local stays in main's frame (its address only goes to
// a function that does not keep it): a stack object. The 1 MiB array it
// points to lives while the code still names the local and is freed once
// it no longer does, although the frame still holds the local's bytes.

type box struct {
	data *[1 << 20]byte
	n    int
}

var ms runtime.MemStats

// heap runs a full GC and returns the bytes of live heap objects.
func heap() int64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}

// fill gives b a fresh 1 MiB array; b itself does not escape.
func fill(b *box, v byte) {
	b.data = new([1 << 20]byte)
	b.data[0] = v
	b.n++
}

const MiB = 1 << 20

func main() {
	base := heap()
	var b box
	fill(&b, 7)
	during := heap()
	fmt.Println("kept while b is named later:", during-base >= MiB/2, b.data[0], b.n)
	after := heap()
	fmt.Println("freed after b's last use:", during-after >= MiB/2)

	// The same in a loop body: each iteration's variable dies after its
	// last use in that iteration.
	total := 0
	for i := 0; i < 3; i++ {
		var c box
		fill(&c, byte(i))
		mid := heap()
		total += int(c.data[0]) + c.n
		end := heap()
		fmt.Println("iteration", i, "kept while named:", mid-after >= MiB/2, "freed after:", mid-end >= MiB/2)
	}
	fmt.Println("total:", total)
}
