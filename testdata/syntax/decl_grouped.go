package main

import (
	"fmt"
	"strings"
)

const (
	A = iota
	B
	C
	_
	E
)

const Pi, Two = 3.14, 2

var (
	x, y int = 1, 2
	z        = "z"
	w    []string
)

type (
	Celsius float64
	Name    = string
)

func main() {
	var n Name = strings.ToUpper(z)
	fmt.Println(A, B, C, E, Pi, Two, x, y, n, len(w), Celsius(21.5))
}
