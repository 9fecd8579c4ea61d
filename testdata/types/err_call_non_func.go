package main

func main() {
	s := "str"
	s() // ERROR "invalid operation: cannot call s \(variable of type string\): string is not a function"
}
