// strings.Builder.String shares the buffer (unsafe.String in Go): no
// allocation, so a Builder of ten writes costs its three growths.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var sinkstr string

func f() {
	var b strings.Builder
	for j := 0; j < 10; j++ {
		b.WriteString("abc")
	}
	sinkstr = b.String()
}

func main() {
	var a, c runtime.MemStats
	f()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&c)
	fmt.Println(c.Mallocs - a.Mallocs)
}
