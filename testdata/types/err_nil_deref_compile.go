package main

func main() {
	var m map[string]int
	m = nil
	_ = m["a"] + "x" // ERROR "invalid operation: m\[\"a\"\] \+ \"x\" \(mismatched types int and untyped string\)"
}
