package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits)
	fmt.Println(visits[Point{0, 0}], visits[Point{5, 5}])
	type key struct {
		name string
		id   int
	}
	m := map[key]string{{"a", 1}: "first", {"a", 2}: "second"}
	fmt.Println(m[key{"a", 2}], len(m))
	m[key{"a", 1}] = "replaced"
	fmt.Println(m)
}
