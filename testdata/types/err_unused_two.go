package main

func main() {
	a, b := 1, 2 // ERROR "declared and not used: b"
	c := a // ERROR "declared and not used: c"
}
