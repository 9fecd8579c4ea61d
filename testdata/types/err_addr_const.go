package main

const c = 3

func main() {
	_ = &c // ERROR "invalid operation: cannot take address of c \(untyped int constant 3\)"
}
