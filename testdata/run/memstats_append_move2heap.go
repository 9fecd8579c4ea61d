// Appends into a slice that escapes only at one place (gc's move2heap
// pass, Go 1.26): the growths that fit use a 32-byte stack buffer, and the
// slice is copied to the heap where it escapes. Mallocs per call and the
// resulting capacities.
package main

import (
	"fmt"
	"runtime"
)

var sinks []int
var sinkb []byte
var sinkp []*int
var total int

func grow20() {
	var s []int
	for j := 0; j < 20; j++ {
		s = append(s, j)
	}
	sinks = s
}

// Still in the buffer when it escapes: moveSliceNoCap rounds 3 up to a
// size class (24 bytes: cap 3).
func short() {
	var s []int
	for j := 0; j < 3; j++ {
		s = append(s, j)
	}
	sinks = s
}

// cap(s) is observed: growsliceBuf steps 1, 2, 3 and moveSlice keeps it.
func shortCap() {
	var s []int
	for j := 0; j < 3; j++ {
		s = append(s, j)
		total += cap(s)
	}
	sinks = s
}

func capGrow() {
	var s []int
	for j := 0; j < 20; j++ {
		s = append(s, j)
		total += cap(s)
	}
	sinks = s
}

func ret(n int) []int {
	var s []int
	for j := 0; j < n; j++ {
		s = append(s, j)
	}
	return s
}

func named(n int) (s []int) {
	for j := 0; j < n; j++ {
		s = append(s, j)
	}
	return
}

// Ranging over s is where it stops being exclusive.
func ranged() {
	var s []int
	for j := 0; j < 3; j++ {
		s = append(s, j)
	}
	for _, v := range s {
		total += v
	}
}

// Two escapes: no move2heap, every growth on the heap.
func twice(b bool) {
	var s []int
	for j := 0; j < 3; j++ {
		s = append(s, j)
	}
	if b {
		sinks = s
		return
	}
	sinks = s
}

// The escape is inside a loop deeper than the declaration.
func inLoop() {
	var s []int
	for j := 0; j < 3; j++ {
		s = append(s, j)
		sinks = s
	}
}

// One append outside a loop: weight 1, no move2heap.
func once() {
	var s []int
	s = append(s, 1)
	sinks = s
}

// The buffer is used once per call (gc's used flag): later iterations
// grow on the heap.
func perIteration() {
	for i := 0; i < 4; i++ {
		var s []int
		for j := 0; j < 3; j++ {
			s = append(s, j)
		}
		sinks = s
	}
}

func noEscapeLoop() {
	for i := 0; i < 5; i++ {
		var s []int
		s = append(s, i)
		s = append(s, i)
		total += len(s)
	}
}

func bytesShort() {
	var b []byte
	for j := 0; j < 20; j++ {
		b = append(b, 'a')
	}
	sinkb = b
}

func bytesLong() {
	var b []byte
	for j := 0; j < 40; j++ {
		b = append(b, 'a')
	}
	sinkb = b
}

func pointers() {
	var s []*int
	x := new(int)
	for j := 0; j < 3; j++ {
		s = append(s, x)
	}
	sinkp = s
}

func measure(name string, f func()) {
	var a, b runtime.MemStats
	f()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Println(name, b.Mallocs-a.Mallocs, len(sinks), cap(sinks), len(sinkb), cap(sinkb), len(sinkp), cap(sinkp))
}

func main() {
	measure("grow20", grow20)
	measure("short", short)
	measure("shortCap", shortCap)
	measure("capGrow", capGrow)
	measure("ret3", func() { sinks = ret(3) })
	measure("ret9", func() { sinks = ret(9) })
	measure("named5", func() { sinks = named(5) })
	measure("ranged", ranged)
	measure("twice", func() { twice(true) })
	measure("inLoop", inLoop)
	measure("once", once)
	measure("perIteration", perIteration)
	measure("noEscapeLoop", noEscapeLoop)
	measure("bytesShort", bytesShort)
	measure("bytesLong", bytesLong)
	measure("pointers", pointers)
	fmt.Println(total > 0)
}
