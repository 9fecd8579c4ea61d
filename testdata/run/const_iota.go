package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	x, y = iota, iota * 10
	z, w
	_, _
	p, q
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	first = "a"
	second
	third = iota
	fourth
)

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB)
	fmt.Println(x, y, z, w, p, q)
	fmt.Printf("%v %T\n", Tuesday, Tuesday)
	fmt.Println(first, second, third, fourth)
	const local = iota
	fmt.Println(local)
}
