package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(a, b, c, d)

func f(name string, v int) int {
	fmt.Println("init", name)
	return v * 10
}

func sum(xs ...int) int {
	fmt.Println("sum called")
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(a, b, c, d, total)
}
