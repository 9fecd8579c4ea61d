package main

import "fmt"

type grid struct{ cells [3]int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "recovered:", r)
		}
	}()
	f()
}

func main() {
	xs := []int{1, 2, 3}
	k := 0
	// Index operands are evaluated first; the bounds are checked as each
	// assignment is carried out, left to right.
	try("slice", func() {
		k, xs[k], xs[7] = 2, 10, 70
	})
	fmt.Println(k, xs)

	var g grid
	n := 1
	try("array", func() {
		g.cells[n], n, g.cells[n+5] = 5, 0, 9
	})
	fmt.Println(n, g.cells)

	ys := []int{4, 5, 6}
	zs := ys
	j := 2
	ys, ys[j] = []int{0}, 60
	fmt.Println(ys, zs, j)

	a, b := []int{1, 2}, []int{3, 4}
	a[0], b[1] = b[1], a[0]
	fmt.Println(a, b)
}
