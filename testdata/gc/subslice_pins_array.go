package main

import (
	"fmt"
	"runtime"
)

// A slice keeps its whole backing array alive, not just the elements in
// its length: a 16-byte subslice of a 1 MiB array pins the full MiB until
// the bytes are copied out.

var ms runtime.MemStats

func heap() int64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}

const MiB = 1 << 20

var head []byte

func main() {
	fmt.Println("subslice pins its backing array")
	base := heap()

	buf := make([]byte, MiB)
	for i := range buf {
		buf[i] = byte(i)
	}
	head = buf[:16]
	buf = nil
	pinned := heap()
	fmt.Println("len, cap of head:", len(head), cap(head))
	fmt.Println("16-byte subslice keeps ~1 MiB alive:", pinned-base >= MiB-64*1024)

	head = head[:16:16] // a smaller cap does not help: same array
	still := heap()
	fmt.Println("three-index slice still pins the array:", still-base >= MiB-64*1024)

	head = append([]byte(nil), head...)
	freed := heap()
	fmt.Println("after copying, the array is freed:", pinned-freed >= MiB-128*1024)
	fmt.Println("after copying, heap is back near start:", freed-base < 128*1024)
	fmt.Println("head[15]:", head[15], "cap now small:", cap(head) < 64)
}
