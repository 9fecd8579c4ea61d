package main

type Point struct{ X, Y int }

func newPoint() *Point {
	p := Point{1, 2}
	return &p
}

func main() {
	q := newPoint()
	println(q.X)
}
