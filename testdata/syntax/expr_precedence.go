package main

import "fmt"

func main() {
	a, b, c, d := 6, 3, 2, 1
	x := a + b*c<<2&^d - a/b%c
	y := a == b || c < d && !(a != b)
	z := -a + ^b*+c
	w := a | b ^ c & d
	p := &a
	q := *p * 2
	fmt.Println(x, y, z, w, q, a<<1>>1, a >= b, a <= c)
}
