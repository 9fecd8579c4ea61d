package main

type A int
type B int

func main() {
	var a A
	var b B
	_ = a == b // ERROR "invalid operation: a == b \(mismatched types A and B\)"
}
