package main

func Eq[T any](a, b T) bool {
	return a == b // ERROR "invalid operation: a == b \(incomparable types in type set\)"
}

func main() { _ = Eq(1, 2) }
