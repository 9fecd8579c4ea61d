package main

import (
	"fmt"
	"runtime"
	"strings"
)

// A substring shares the bytes of the string it was sliced from, so a
// 10-byte substring keeps a whole 1 MiB string alive; strings.Clone copies
// the bytes and lets the big string be freed.

var ms runtime.MemStats

// heap runs a full GC and returns the bytes of live heap objects.
func heap() int64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}

const MiB = 1 << 20

var small string

func main() {
	fmt.Println("substring pins its parent string")
	base := heap()

	big := strings.Repeat("abcdefgh", MiB/8)
	small = big[8:18]
	big = ""
	pinned := heap()
	fmt.Println("substring:", small, len(small))
	fmt.Println("10-byte substring keeps ~1 MiB alive:", pinned-base >= MiB-64*1024)

	small = strings.Clone(small)
	freed := heap()
	fmt.Println("after Clone the big string is freed:", pinned-freed >= MiB-128*1024)
	fmt.Println("after Clone heap is back near start:", freed-base < 128*1024)
	fmt.Println("clone:", small, len(big))
}
