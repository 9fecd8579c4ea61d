package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 99
	return a
}

func modifyPtr(a *[3]int) {
	a[1] = -1
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[2] = 30
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 100
	fmt.Println(grid, g2)
	arrs := [][2]string{{"a", "b"}}
	x := arrs[0]
	x[0] = "z"
	fmt.Println(arrs, x)
	fmt.Println(len(a), cap(a), len(grid[1]))
}
