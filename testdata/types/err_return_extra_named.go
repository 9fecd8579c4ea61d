package main

func f() (x int) {
	return x, 1 // ERROR "too many return values"
}

func main() { f() }
