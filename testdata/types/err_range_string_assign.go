package main

func main() {
	var b byte
	for _, b = range "abc" { // ERROR "cannot use b \(value of type rune\) as byte value in assignment"
	}
	_ = b
}
