package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Point
	Name string
}

type Shape struct {
	Named
	Sides int
}

func (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }
func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func main() {
	s := Shape{Named{Point{1, 2}, "tri"}, 3}
	s.Move(1, 1)
	fmt.Println(s.X, s.Named.Point.Y, s.Dist(), s.Name)
	p := &s.Point
	p.Move(1, 0)
	pts := []Point{{1, 2}}
	pts[0].Move(1, 1)
	arr := [2]Point{}
	arr[1].X = 5
	type local struct {
		a, b int
	}
	l := local{b: 2}
	cmp := Point{1, 2} == Point{1, 2}
	anon := []struct {
		k string
		v int
	}{{"a", 1}, {"b", 2}}
	fmt.Println(pts, arr, l, cmp, anon[1].k, Point{}.Dist())
}
