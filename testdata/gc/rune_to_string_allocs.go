package main

import (
	"fmt"
	"runtime"
)

// string(r) as intstring does it: with a result that does not escape the
// runtime encodes into a 4-byte stack buffer; otherwise it allocates.

var keep string
var sink int

func local(r rune) int {
	s := string(r)
	return len(s)
}

func escapes(r rune) {
	keep = string(r)
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
	for _, r := range []rune{'a', 'é', '世', '😀'} {
		fmt.Println(string(r), "not escaping:", mallocs(func() { sink += local(r) }),
			"escaping:", mallocs(func() { escapes(r) }))
	}
	fmt.Println(sink, keep)
}
