package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() int }
type Named interface{ Name() string }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%-10s %T %v\n", name, r, r)
		fmt.Printf("%-10s runtime.Error=%v error=%v\n", "", isRT, isErr)
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *Sq
	var x any = "str"
	var sh Shape = Sq{2}
	zero := 0
	neg := -1
	try("index", func() { _ = s[3] })
	try("negindex", func() { _ = []int{1}[neg] })
	try("slice", func() { _ = s[1:zero] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { _ = p.s })
	try("divide", func() { _ = 10 / zero })
	try("modulo", func() { _ = 10 % zero })
	try("shift", func() { _ = 1 << neg })
	try("assert", func() { _ = x.(int) })
	try("assertI", func() { _ = sh.(Named) })
	try("convert", func() { _ = [2]int(s) })
	try("makeslice", func() { _ = make([]int, neg) })
}
