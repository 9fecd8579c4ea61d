package main

func main() {
	a, b := 1, 2
	a, b := 3, 4 // ERROR "no new variables on left side of :="
	_, _ = a, b
}
