package main

import (
	"fmt"
	"slices"
	"strings"
)

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Apply[T any](xs []T, f func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

type MyInts []int

func Reverse[S ~[]E, E any](s S) S {
	out := slices.Clone(s)
	slices.Reverse(out)
	return out
}

func main() {
	fmt.Println(Sum(1, 2.5), Sum(1, 2), Apply([]string{"a"}, strings.ToUpper))
	p := Ptr(3)
	q := Ptr("s")
	var mi MyInts = Reverse(MyInts{1, 2, 3})
	fmt.Println(*p, *q, mi, slices.Index([]string{"x", "y"}, "y"), max(1, 2.5, 3))
	type tagged struct {
		A int `json:"a"`
	}
	type plain struct{ A int }
	t := tagged(plain{1})
	fmt.Println(t)
}
