package main

func f(a int, b string) int { return a }

func main() {
	_ = f(1) // ERROR "not enough arguments in call to f"
	_ = f(1, "a", 3) // ERROR "too many arguments in call to f"
	_ = f() // ERROR "not enough arguments in call to f"
}
