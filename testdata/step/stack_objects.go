package main

import (
	"fmt"
	"runtime"
)

// The heap view shows why each stack object is scanned: `a` is reached
// through the array of `ps`'s slice literal (a stack object `ps` points
// to); after `ps`'s last use both are dead and `a`'s array is garbage.

type box struct{ data *[1 << 16]byte }

func fill(b *box) { b.data = new([1 << 16]byte) }

func main() {
	var a box
	fill(&a)
	ps := []*box{&a}
	runtime.GC()
	fmt.Println(len(ps[0].data))
	var b box
	fill(&b)
	runtime.GC()
	fmt.Println(len(b.data))
}
