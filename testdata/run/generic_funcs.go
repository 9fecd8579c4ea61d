package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	nums := []int{1, 2, 3, 4, 5}
	strs := Map(nums, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Println(strs, len(strs))
	fmt.Println(Filter(nums, func(i int) bool { return i%2 == 1 }))
	fmt.Println(Reduce(nums, 0, func(a, b int) int { return a + b }))
	fmt.Println(Reduce(strs, "", func(a string, b string) string { return a + b }))
	fmt.Println(Map[int, float64](nums, func(i int) float64 { return float64(i) / 2 }))
	fmt.Println(Keys(map[string]bool{"a": true}))
	fmt.Printf("%T\n", Map[string, int])
}
