package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

// Strings built at run time are heap objects like any other: 1000 strings
// of 40+ bytes made by concatenation and strings.Builder live while a slice
// holds them and are freed after it is dropped. (String constants live in
// read-only data and are never collected.)

var ms runtime.MemStats

func collect() (live, frees int64) {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapObjects), int64(ms.Frees)
}

var names []string

func main() {
	fmt.Println("strings built at run time")
	live0, _ := collect()

	names = make([]string, 0, 1000)
	prefix := strings.Repeat("x", 40)
	for i := 0; i < 500; i++ {
		names = append(names, prefix+strconv.Itoa(i))
	}
	for i := 0; i < 500; i++ {
		var b strings.Builder
		b.Grow(48)
		b.WriteString("builder-string-number-")
		b.WriteString(strconv.Itoa(100000 + i))
		b.WriteString("-padding-padding")
		names = append(names, b.String())
	}
	live1, frees1 := collect()
	fmt.Println("1000 strings held: live grew by >= 900:", live1-live0 >= 900)
	fmt.Println("samples:", names[7], names[507])

	total := 0
	for _, s := range names {
		total += len(s)
	}
	fmt.Println("total bytes:", total)

	names = nil
	live2, frees2 := collect()
	fmt.Println("strings dropped: freed >= 1000:", frees2-frees1 >= 1000)
	fmt.Println("strings dropped: live back near start:", live2-live0 < 200)

	const lit = "a string constant is not a heap object"
	names = append(names, lit)
	live3, _ := collect()
	fmt.Println("constant held: live still near start:", live3-live0 < 200, len(names[0]))
}
