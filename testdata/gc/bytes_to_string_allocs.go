package main

import (
	"fmt"
	"runtime"
)

// string(b) as slicebytetostring does it: an empty result allocates
// nothing, a one-byte string points into the runtime's static table, a
// result that does not escape and fits in 32 bytes uses a stack buffer,
// anything else is a new string.

var keep string
var sink int

func local(b []byte) int {
	s := string(b)
	return len(s)
}

func escapes(b []byte) {
	keep = string(b)
}

func mallocs(f func()) uint64 {
	var x, y runtime.MemStats
	runtime.ReadMemStats(&x)
	for i := 0; i < 100; i++ {
		f()
	}
	runtime.ReadMemStats(&y)
	return (y.Mallocs - x.Mallocs) / 100
}

func main() {
	for _, n := range []int{0, 1, 5, 32, 33} {
		b := make([]byte, n)
		for i := range b {
			b[i] = 'a' + byte(i%26)
		}
		fmt.Println("n =", n, "not escaping:", mallocs(func() { sink += local(b) }),
			"escaping:", mallocs(func() { escapes(b) }))
	}
	fmt.Println(sink, len(keep))
}
