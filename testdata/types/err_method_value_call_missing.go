package main

import "fmt"

type T struct{}

func (T) Hello() string { return "hi" }

func main() {
	var t T
	fmt.Println(t.Hello)
	s := t.Hello + "x" // ERROR "invalid operation: t\.Hello \+ \"x\" \(mismatched types func\(\) string and untyped string\)"
	_ = s
}
