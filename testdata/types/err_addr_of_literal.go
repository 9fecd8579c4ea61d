package main

func main() {
	p := &5 // ERROR "invalid operation: cannot take address of 5 \(untyped int constant\)"
	_ = p
}
