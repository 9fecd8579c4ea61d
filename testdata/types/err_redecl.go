package main

var x int
var x string // ERROR "x redeclared in this block"

func main() {
}
