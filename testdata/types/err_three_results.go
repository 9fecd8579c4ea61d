package main

func f() (int, string, error) { return 0, "", nil }

func main() {
	a, b := f() // ERROR "assignment mismatch: 2 variables but f returns 3 values"
	_, _ = a, b
}
