package main

func main() {
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero"
}
