package main

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func Id[T any](x T) T { return x }

func main() {
	f := Map // ERROR "cannot use generic function Map without instantiation"
	_ = f
	var g func(int) int = Id
	_ = g
	_ = Id[int, string](1) // ERROR "got 2 type arguments but want 1"
}
