package main

func main() {
	x := 5.5
	_ = x % 2 // ERROR "invalid operation: operator % not defined on x \(variable of type float64\)"
}
