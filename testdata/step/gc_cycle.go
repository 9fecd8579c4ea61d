package main

import (
	"fmt"
	"runtime"
)

type node struct {
	left, right *node
	val         int
}

var keep *node

func build(d int) *node {
	if d == 0 {
		return &node{val: 1}
	}
	return &node{left: build(d - 1), right: build(d - 1), val: d}
}

func main() {
	keep = build(2)
	tmp := build(1)
	tmp = nil
	runtime.GC()
	fmt.Println(keep.val, tmp == nil)
}
