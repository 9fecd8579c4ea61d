package main

func main() {
	var r rune = "a" // ERROR "cannot use \"a\" \(untyped string constant\) as rune value in variable declaration"
	_ = r
}
