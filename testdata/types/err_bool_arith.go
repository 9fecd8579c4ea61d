package main

func main() {
	a, b := true, false
	_ = a + b // ERROR "invalid operation: operator \+ not defined on a \(variable of type bool\)"
}
