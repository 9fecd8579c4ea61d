package main

import "fmt"

func main() {
	a := 42
	b := 0x2A
	c := 0X2a
	d := 0o52
	e := 052
	f := 0b101010
	g := 1_000_000
	h := 0x_FF_FF
	fmt.Println(a, b, c, d, e, f, g, h)
}
