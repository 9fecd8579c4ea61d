package main

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	_ = x
}
