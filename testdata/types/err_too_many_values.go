package main

type Point struct{ X, Y int }

func main() {
	_ = Point{1, 2, 3} // ERROR "too many values in struct literal of type Point"
}
