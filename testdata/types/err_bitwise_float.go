package main

func main() {
	a, b := 1.5, 2.5
	_ = a & b // ERROR "invalid operation: operator & not defined on a \(variable of type float64\)"
}
