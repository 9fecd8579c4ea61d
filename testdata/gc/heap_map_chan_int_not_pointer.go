// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

// Map groups and channel buffers are scanned by their element types'
// pointer bitmaps: integers stored in a map with string keys, or in a
// buffered channel of pointerful structs, keep nothing alive.

type big [1 << 16]byte

type msg struct {
	text string
	addr uint64
}

func addrOf(p *big) uint64 {
	n, err := strconv.ParseUint(fmt.Sprintf("%p", p)[2:], 16, 64)
	if err != nil {
		panic(err)
	}
	return n
}

var ms runtime.MemStats

func heapAfterGC() uint64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

var m map[string]uint64
var c chan msg

func main() {
	m = map[string]uint64{}
	p := new(big)
	p[0] = 1
	m["a"] = addrOf(p)
	m["b"] = addrOf(p) + 64
	before := heapAfterGC()
	fmt.Println("map: object still used:", p[0])
	after := heapAfterGC()
	fmt.Println("map: freed although values hold its address:", before-after >= 1<<15)

	c = make(chan msg, 4)
	q := new(big)
	q[0] = 2
	c <- msg{"x", addrOf(q)}
	c <- msg{"y", addrOf(q) + 16}
	before = heapAfterGC()
	fmt.Println("chan: object still used:", q[0])
	after = heapAfterGC()
	fmt.Println("chan: freed although buffered values hold its address:", before-after >= 1<<15)
	v := <-c
	fmt.Println("still there:", len(m), m["b"]-m["a"], v.text, len(c))
}
