package main

import "fmt"

func seq(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(ss []string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range ss {
			if !yield(i, s) {
				return
			}
		}
	}
}

type point struct{ x, y int }

func main() {
	// Plain use: the variable lives in the body's frame.
	sum := 0
	for v := range seq(5) {
		sum += v * v
	}
	fmt.Println("sum", sum)

	// Address kept past the iteration: each v is its own heap variable.
	var ptrs []*int
	for v := range seq(3) {
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Captured by closures that outlive the loop.
	var fs []func() string
	for i, s := range pairs([]string{"a", "b", "c"}) {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// A struct loop variable whose address does not leave the body.
	total := 0
	for v := range seq(4) {
		p := point{v, v + 1}
		q := &p
		q.x *= 2
		total += q.x + q.y
	}
	fmt.Println("total", total)

	// break and early exit.
	for v := range seq(10) {
		if v == 2 {
			break
		}
		fmt.Println("v", v)
	}
}
