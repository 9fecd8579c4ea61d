package main

func main() {
	x := 5
	if x == nil { // ERROR "invalid operation: x == nil \(mismatched types int and untyped nil\)"
	}
}
