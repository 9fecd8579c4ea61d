package main

import (
	"fmt"
	"sync/atomic"
)

type point struct{ x, y int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

// atomic.Value: Load, Store, Swap, CompareAndSwap and every panic they raise.
func main() {
	var v atomic.Value
	fmt.Println("empty Load:", v.Load())
	fmt.Println("CAS on empty with old non-nil:", v.CompareAndSwap(point{}, point{1, 2}), v.Load())
	fmt.Println("CAS on empty with old nil:", v.CompareAndSwap(nil, point{1, 2}), v.Load())
	fmt.Println("CAS equal:", v.CompareAndSwap(point{1, 2}, point{3, 4}), v.Load())
	fmt.Println("CAS unequal:", v.CompareAndSwap(point{1, 2}, point{5, 6}), v.Load())
	v.Store(point{7, 8})
	fmt.Println("Swap:", v.Swap(point{9, 9}), v.Load().(point).x)

	try("store nil", func() { v.Store(nil) })
	try("store other type", func() { v.Store("text") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap other type", func() { v.Swap(1) })
	try("cas nil", func() { v.CompareAndSwap(point{}, nil) })
	try("cas mixed types", func() { v.CompareAndSwap(1, point{}) })
	try("cas other type", func() { v.CompareAndSwap("a", "b") })

	// Values of an uncomparable type can be stored and swapped, not compared.
	var s atomic.Value
	s.Store([]int{1})
	fmt.Println("slice Swap:", s.Swap([]int{2, 3}), s.Load())
	try("cas slices", func() { s.CompareAndSwap([]int{2, 3}, []int{4}) })
	try("cas old nil", func() { fmt.Println("  swapped:", s.CompareAndSwap(nil, []int{4})) })

	// A pointer type and an interface value holding it are the same type.
	var e atomic.Value
	var err error = fmt.Errorf("first")
	e.Store(err)
	try("store *wrapError", func() { e.Store(fmt.Errorf("wrapped: %w", err)) })
	try("store another *errorString", func() { e.Store(fmt.Errorf("second")) })
	fmt.Println("error value:", e.Load())
}
