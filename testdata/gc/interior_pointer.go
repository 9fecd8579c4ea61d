package main

import (
	"fmt"
	"runtime"
)

// A pointer into the middle of an object (a field or an array element)
// keeps the whole object alive: the collector finds the object that
// contains the address.

type record struct {
	header int
	data   [128 * 1024]byte
	tail   int
	link   *record
}

var ms runtime.MemStats

func heap() int64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}

var tailp *int
var elem *byte

func main() {
	fmt.Println("interior pointers keep the whole object")
	base := heap()

	r := &record{header: 1, tail: 99}
	r.data[100000] = 7
	tailp = &r.tail
	r = nil
	a := heap()
	fmt.Println("pointer to last field keeps the 128 KiB record (>= 120 KiB):", a-base >= 120*1024)
	fmt.Println("tail:", *tailp)

	s := &record{header: 2}
	s.data[100000] = 42
	elem = &s.data[100000]
	s = nil
	b := heap()
	fmt.Println("pointer to an array element keeps a second record (>= 240 KiB):", b-base >= 240*1024)
	fmt.Println("element:", *elem)

	tailp = nil
	c := heap()
	fmt.Println("first record freed (>= 100 KiB):", b-c >= 100*1024)
	elem = nil
	d := heap()
	fmt.Println("second record freed (>= 100 KiB):", c-d >= 100*1024)
	fmt.Println("heap back near start (< 64 KiB):", d-base < 64*1024)
}
