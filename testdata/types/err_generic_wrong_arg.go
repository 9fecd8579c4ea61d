package main

func Pair[T any](a, b T) {}

func main() {
	Pair(1, "x") // ERROR "in call to Pair, mismatched types untyped int and untyped string \(cannot infer T\)"
}
