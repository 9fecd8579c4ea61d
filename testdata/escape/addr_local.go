package main

type Point struct{ X, Y int }

func sum() int {
	q := Point{3, 4}
	r := &q
	r.X++
	return r.X + r.Y
}

func main() {
	println(sum())
}
