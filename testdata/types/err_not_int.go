package main

func main() {
	n := 3
	_ = !n // ERROR "invalid operation: operator ! not defined on n \(variable of type int\)"
}
