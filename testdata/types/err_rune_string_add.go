package main

func main() {
	r := 'a'
	s := "b"
	_ = r + s // ERROR "invalid operation: r \+ s \(mismatched types rune and string\)"
}
