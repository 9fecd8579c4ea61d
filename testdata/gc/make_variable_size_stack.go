package main

import (
	"fmt"
	"runtime"
)

// A make whose size is known only at run time and that does not escape
// gets a 32-byte stack buffer (Go 1.25+): it allocates nothing when the
// capacity fits in 32 bytes, and once per call otherwise.

func sum(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func bytesOf(n int) int {
	b := make([]byte, 0, n)
	for i := 0; i < n; i++ {
		b = append(b, byte(i))
	}
	return len(b)
}

func mallocs(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 100; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	return (b.Mallocs - a.Mallocs) / 100
}

var sink int

func main() {
	for _, n := range []int{0, 1, 4, 5, 8} {
		fmt.Println("make([]int, n) n =", n, "allocs per call:", mallocs(func() { sink += sum(n) }))
	}
	for _, n := range []int{16, 32, 33, 64} {
		fmt.Println("make([]byte, 0, n) n =", n, "allocs per call:", mallocs(func() { sink += bytesOf(n) }))
	}
	fmt.Println(sink)
}
