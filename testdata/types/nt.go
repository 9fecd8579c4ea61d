package main

var g int

const c = 1

func f() {}

func main() {
	var a g // ERROR "g \(package-level variable\) is not a type"
	var b c // ERROR "c \(constant\) is not a type"
	var d f // ERROR "f \(function\) is not a type"
	_, _, _ = a, b, d
	_ = len(1, 2) // ERROR "invalid operation: too many arguments for len\(1, 2\) \(expected 1, found 2\)"
	switch {
	default:
	default: // ERROR "multiple defaults \(first at \./nt\.go:16:2\)"
	default: // ERROR "multiple defaults \(first at \./nt\.go:16:2\)"
	}
}
