// Building strings: concatenations, conversions and strconv allocate
// their bytes (pointer-free; under 16 bytes via the tiny allocator).
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

var (
	before, after runtime.MemStats
	a, b          = "hello, ", "world"
	long          = strings.Repeat("x", 40)
	sinkS         string
	sinkB         []byte
	num           = 123456789
)

func measure(what string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%-18s mallocs %d bytes %d\n", what, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)
}

func main() {
	measure("a + b", func() { sinkS = a + b })
	measure("a + long", func() { sinkS = a + long })
	measure("[]byte(long)", func() { sinkB = []byte(long) })
	measure("string(bytes)", func() { sinkS = string(sinkB) })
	measure("strconv.Itoa", func() { sinkS = strconv.Itoa(num) })
	measure("Itoa small", func() { sinkS = strconv.Itoa(7) })
	measure("Itoa 42", func() { sinkS = strconv.Itoa(42) })
	measure("FormatInt", func() { sinkS = strconv.FormatInt(int64(num), 16) })
	measure("FormatInt small", func() { sinkS = strconv.FormatInt(99, 10) })
	measure("FormatUint", func() { sinkS = strconv.FormatUint(uint64(num)*1000, 10) })
	measure("substring", func() { sinkS = long[3:10] })
	measure("3-way concat", func() { sinkS = a + b + long })
}
