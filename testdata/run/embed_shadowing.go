package main

import "fmt"

type A struct{ X, Y int }

func (A) Who() string  { return "A" }
func (A) Only() string { return "onlyA" }

type B struct {
	A
	X string
}

func (B) Who() string { return "B" }

type C struct {
	B
	Z int
}

func main() {
	c := C{B{A{1, 2}, "bx"}, 3}
	fmt.Println(c.X, c.Y, c.A.X, c.B.X, c.Z)
	fmt.Println(c.Who(), c.B.Who(), c.A.Who(), c.Only())
	c.Y = 20
	c.A.X = 10
	fmt.Printf("%+v\n", c)
}
