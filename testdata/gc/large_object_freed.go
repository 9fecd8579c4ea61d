package main

import (
	"fmt"
	"runtime"
)

// Objects over 32 KiB are large objects with a span of their own: 50
// buffers of 64 KiB are counted as 50 heap objects, and freeing them
// returns 50 frees and over 3 MiB of HeapAlloc.

var ms runtime.MemStats

func collect() (live, frees, heap int64) {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapObjects), int64(ms.Frees), int64(ms.HeapAlloc)
}

const KiB = 1024

var bufs [][]byte

func main() {
	fmt.Println("large objects (> 32 KiB)")
	live0, _, heap0 := collect()

	bufs = make([][]byte, 50)
	for i := range bufs {
		bufs[i] = make([]byte, 64*KiB)
		bufs[i][i] = byte(i)
	}
	live1, frees1, heap1 := collect()
	fmt.Println("50 large buffers: live objects grew by 40 to 150:", live1-live0 >= 40 && live1-live0 < 150)
	fmt.Println("50 large buffers: HeapAlloc grew by >= 3200 KiB:", heap1-heap0 >= 3200*KiB)
	fmt.Println("bufs[49][49]:", bufs[49][49])

	for i := 0; i < 25; i++ {
		bufs[i] = nil
	}
	_, frees2, heap2 := collect()
	fmt.Println("25 dropped: freed >= 25:", frees2-frees1 >= 25)
	fmt.Println("25 dropped: HeapAlloc fell by >= 1500 KiB:", heap1-heap2 >= 1500*KiB)

	bufs = nil
	_, frees3, heap3 := collect()
	fmt.Println("all dropped: freed >= 25 more:", frees3-frees2 >= 25)
	fmt.Println("all dropped: HeapAlloc back near start:", heap3-heap0 < 128*KiB)
}
