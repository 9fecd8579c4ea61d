// What channels and maps cost (RUNTIME-REFERENCE §1.6): the hchan, its
// buffer, a map's header and its groups.
package main

import (
	"fmt"
	"runtime"
)

var (
	before, after runtime.MemStats
	c1            chan int
	c2            chan *int
	c3            chan struct{}
	m1            map[int]int
	m2            map[string]*int
)

func measure(what string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%-28s mallocs %d bytes %d\n", what, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)
}

func main() {
	measure("make(chan int)", func() { c1 = make(chan int) })
	measure("make(chan int, 4)", func() { c1 = make(chan int, 4) })
	measure("make(chan int, 100)", func() { c1 = make(chan int, 100) })
	measure("make(chan *int, 4)", func() { c2 = make(chan *int, 4) })
	measure("make(chan struct{}, 10)", func() { c3 = make(chan struct{}, 10) })
	measure("make(map[int]int)", func() { m1 = make(map[int]int) })
	measure("first insert", func() { m1[1] = 1 })
	measure("7 more inserts", func() {
		for i := 2; i <= 8; i++ {
			m1[i] = i
		}
	})
	measure("make(map[string]*int)", func() { m2 = make(map[string]*int) })
	measure("insert", func() { m2["a"] = nil })
}
