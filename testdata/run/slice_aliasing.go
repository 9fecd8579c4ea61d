package main

import "fmt"

func addOne(s []int) {
	for i := range s {
		s[i]++
	}
}

func grow(s []int) []int {
	return append(s, 42)
}

func main() {
	a := []int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	addOne(a)
	fmt.Println(a)
	c := make([]int, 3, 10)
	d := grow(c)
	e := grow(c)
	d[3] = 7
	fmt.Println(c, d, e)
	x := []int{1, 2, 3}
	y := grow(x)
	y[0] = -1
	fmt.Println(x, y)
	s := a[1:]
	s[0] = 55
	fmt.Println(a, s)
	a = append(a[:1], a[2:]...)
	fmt.Println(a, s)
}
