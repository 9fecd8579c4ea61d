package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B Point
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	l := Line{A: Point{1, 1}, B: Point{X: 2}}
	pts := []Point{{1, 2}, {3, 4}}
	pps := []*Point{{5, 6}, nil}
	mp := map[string]Point{"o": {}}
	mpp := map[Point]string{{1, 1}: "one"}
	arr := [...]string{2: "c", 0: "a"}
	grid := [2][2]int{{1, 2}, {3, 4}}
	anon := struct {
		Name string
		Age  int
	}{"x", 3}
	ptr := &Point{7, 8}
	fmt.Println(p, q, l, pts, *pps[0], mp, mpp, arr, len(arr), grid, anon, ptr.X)
}
