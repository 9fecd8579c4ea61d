package main

func f() int {
	return "x" // ERROR "cannot use \"x\" \(untyped string constant\) as int value in return statement"
}

func main() { f() }
