package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	p := Point{1, 2}
	p.Scale(3)
	q := p.Add(Point{Y: 1})
	pp := &q
	pp.Scale(2)
	f := p.Add
	g := Point.Add
	h := (*Point).Scale
	h(&p, 2)
	fmt.Println(p, q, f(q), g(p, q))
}
