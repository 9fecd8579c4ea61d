package main

func main() {
	x := 1
	x() // ERROR "invalid operation: cannot call x \(variable of type int\): int is not a function"
	var p int
	_ = *p // ERROR "invalid operation: cannot indirect p \(variable of type int\)"
}
