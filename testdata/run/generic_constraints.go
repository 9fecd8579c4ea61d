package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type MyInt int
type Score float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Ordered interface {
	~int | ~string | ~float64
}

func Clamp[T Ordered](v, lo, hi T) T {
	return min(max(v, lo), hi)
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25))
	fmt.Println(Sum[MyInt](1, 2, 3), Sum(Score(0.5), Score(0.25)))
	fmt.Printf("%T %T\n", Sum[MyInt](), Sum(Score(1)))
	var i8 int8 = 100
	fmt.Println(Sum(i8, i8))
	fmt.Println(Max(3, 7), Max("abc", "abd"), Max(2.5, -1))
	fmt.Println(Clamp(15, 0, 10), Clamp("m", "a", "k"), Clamp(MyInt(-3), 0, 5))
}
