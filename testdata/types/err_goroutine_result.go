package main

func compute() int { return 1 }

func main() {
	x := go compute() // ERROR "syntax error: unexpected keyword go, expected expression"
	_ = x
}
