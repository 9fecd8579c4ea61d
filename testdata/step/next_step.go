package main

import "fmt"

type point struct {
	x, y int
}

func scale(p point, k int) point {
	q := point{p.x * k, p.y * k}
	return q
}

func main() {
	p := point{1, 2}
	q := scale(p, 3)
	fmt.Println(p, q)
}
