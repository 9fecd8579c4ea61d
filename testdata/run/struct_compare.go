package main

import "fmt"

type A struct {
	N int
	S string
	F float64
}

type B struct {
	Inner A
	Arr   [2]int
	I     any
}

func main() {
	x := A{1, "a", 0.5}
	y := A{1, "a", 0.5}
	fmt.Println(x == y, x != y)
	y.S = "b"
	fmt.Println(x == y)
	b1 := B{x, [2]int{1, 2}, 3}
	b2 := B{x, [2]int{1, 2}, 3}
	fmt.Println(b1 == b2)
	b2.I = int64(3)
	fmt.Println(b1 == b2)
	b2.I = 3
	b2.Arr[1] = 0
	fmt.Println(b1 == b2)
	var z1, z2 B
	fmt.Println(z1 == z2)
	e1, e2 := struct{}{}, struct{}{}
	fmt.Println(e1 == e2)
	n := A{F: 0}
	m := A{F: -0.0}
	fmt.Println(n == m)
}
