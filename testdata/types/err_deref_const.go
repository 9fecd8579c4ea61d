package main

func main() {
	x := 1 + * 2 // ERROR "invalid operation: cannot indirect 2 \(untyped int constant\)"
	_ = x
}
