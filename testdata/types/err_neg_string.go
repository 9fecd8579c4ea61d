package main

func main() {
	s := "x"
	_ = -s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
}
