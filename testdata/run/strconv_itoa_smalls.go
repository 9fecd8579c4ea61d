package main

import (
	"fmt"
	"runtime"
	"strconv"
)

var sink string

func main() {
	for _, i := range []int{0, 5, 9, 10, 42, 99, 100, 101, -1, -99, 12345, -9223372036854775808, 9223372036854775807} {
		fmt.Println(strconv.Itoa(i), len(strconv.Itoa(i)))
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	for i := 0; i < 100; i++ {
		sink = strconv.Itoa(i)
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("small allocs:", ms.Mallocs-before)
	before = ms.Mallocs
	for i := 100; i < 200; i++ {
		sink = strconv.Itoa(i)
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("large allocs:", ms.Mallocs-before)
}
