package main

func f() int { return 1 }

func main() {
	f() = 2 // ERROR "cannot assign to f\(\) \(neither addressable nor a map index expression\)"
}
