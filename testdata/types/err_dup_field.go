package main

type T struct {
	x int
	x string // ERROR "x redeclared"
}

func main() {}
