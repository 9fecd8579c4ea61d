package main

import (
	"fmt"
	"runtime"
)

// String concatenation as the runtime does it: a result that does not
// escape and fits in 32 bytes goes in a stack buffer; concatenating with
// empty strings returns the other operand itself; otherwise a new string
// is allocated.

var short, long, empty = "gopher", "a string much longer than thirty-two bytes", ""

var sink int
var keep string

func local(a, b string) int {
	s := a + b
	return len(s)
}

func escapes(a, b string) {
	keep = a + b
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
	fmt.Println("short+short, not escaping:", mallocs(func() { sink += local(short, short) }))
	fmt.Println("long+short, not escaping:", mallocs(func() { sink += local(long, short) }))
	fmt.Println("empty+long, not escaping:", mallocs(func() { sink += local(empty, long) }))
	fmt.Println("short+short, escaping:", mallocs(func() { escapes(short, short) }))
	fmt.Println("short+empty, escaping:", mallocs(func() { escapes(short, empty) }))
	fmt.Println(sink, keep)
}
