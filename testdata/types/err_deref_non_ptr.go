package main

func main() {
	x := 3
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
}
