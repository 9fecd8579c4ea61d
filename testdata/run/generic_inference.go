package main

import "fmt"

func First[S ~[]E, E any](s S) E { return s[0] }

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() T {
	var z T
	return z
}

type IDs []int

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func Apply[T any](v T, fs ...func(T) T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	ids := IDs{7, 8, 9}
	fmt.Println(First(ids), First([]string{"x"}))
	p := Ptr(42)
	*p++
	fmt.Println(*p)
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[2]bool]())
	b, a := Swap(1, "one")
	fmt.Println(b, a)
	fmt.Println(Apply(3, func(x int) int { return x * 2 }, func(x int) int { return x + 1 }))
	fmt.Printf("%T %T\n", Ptr("s"), Zero[map[string]int]())
}
