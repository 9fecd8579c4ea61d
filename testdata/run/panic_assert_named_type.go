package main

import (
	"fmt"
	"io"
	"strings"
)

type Point struct{ X, Y int }

func main() {
	var r io.Reader = strings.NewReader("x")
	fmt.Printf("%T\n", r)
	var v any = &Point{1, 2}
	p := v.(*Point)
	fmt.Println(p.X)
	q := v.(Point)
	fmt.Println(q)
}
