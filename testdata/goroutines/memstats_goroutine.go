// The statistics are global: a goroutine reading them sees every P's
// allocations (ReadMemStats stops the world and flushes all mcaches).
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	v    int
}

var (
	before, after runtime.MemStats
	list          *node
)

func build(n int, done chan<- bool) {
	runtime.ReadMemStats(&before)
	for i := 0; i < n; i++ {
		list = &node{list, i}
	}
	runtime.ReadMemStats(&after)
	done <- true
}

func main() {
	done := make(chan bool)
	go build(500, done)
	<-done
	fmt.Println("mallocs", after.Mallocs-before.Mallocs, "bytes", after.TotalAlloc-before.TotalAlloc,
		"class 16 B", after.BySize[2].Mallocs-before.BySize[2].Mallocs)

	runtime.ReadMemStats(&before)
	go build(100, done)
	<-done
	var mine runtime.MemStats
	runtime.ReadMemStats(&mine)
	fmt.Println("seen from main: at least", mine.Mallocs-before.Mallocs >= 100)
	n := 0
	for p := list; p != nil; p = p.next {
		n++
	}
	fmt.Println(n, "nodes")
}
