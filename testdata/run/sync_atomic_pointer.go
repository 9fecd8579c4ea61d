package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

type node struct {
	val  int
	next atomic.Pointer[node]
}

// atomic.Pointer[T]: Load, Store, Swap, CompareAndSwap, and a linked list.
func main() {
	var cur atomic.Pointer[config]
	fmt.Println("zero Load is nil:", cur.Load() == nil)
	first := &config{"first", 1}
	cur.Store(first)
	fmt.Println("Load:", *cur.Load())
	second := &config{"second", 2}
	fmt.Println("CAS with wrong old:", cur.CompareAndSwap(second, second))
	fmt.Println("CAS with right old:", cur.CompareAndSwap(first, second), cur.Load().name)
	old := cur.Swap(&config{"third", 3})
	fmt.Println("Swap returned:", old.name, "now:", cur.Load().name)
	fmt.Println("CAS to nil:", cur.CompareAndSwap(cur.Load(), nil), cur.Load())

	// A lock-free stack push, written as the CAS loop it would be.
	var head atomic.Pointer[node]
	for i := 1; i <= 4; i++ {
		n := &node{val: i * 10}
		for {
			h := head.Load()
			n.next.Store(h)
			if head.CompareAndSwap(h, n) {
				break
			}
		}
	}
	for n := head.Load(); n != nil; n = n.next.Load() {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
}
