package main

func main() {
	f := 1.5
	_ = f << 2 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	var u uint8 = 255
	u = u + 1
	_ = u
	const c = 10 / 0 // ERROR "invalid operation: division by zero"
}
