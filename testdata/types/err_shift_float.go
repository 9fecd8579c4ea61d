package main

func main() {
	x := 2.0
	_ = x << 1 // ERROR "invalid operation: shifted operand x \(variable of type float64\) must be integer"
}
