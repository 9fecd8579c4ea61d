package main

import "fmt"

func leaf(depth int) int {
	r := depth * 10
	return r
}

func middle(x int) int {
	y := x + 1
	return leaf(y)
}

func main() {
	v := 5
	fmt.Println(middle(v))
}
