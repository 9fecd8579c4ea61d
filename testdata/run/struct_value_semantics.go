package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Label    string
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q)
	fmt.Println(move(p, 5), p)
	r := Rect{Point{0, 0}, Point{3, 4}, "box"}
	r2 := r
	r2.Max.X = 100
	fmt.Println(r, r2)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%#v\n", r2)
	var zero Rect
	fmt.Printf("%+v %q\n", zero, zero.Label)
	pts := []Point{{1, 1}, {2, 2}}
	first := pts[0]
	first.Y = 99
	fmt.Println(pts, first)
}
