package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MapSlice[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, r := range rest {
		m = max(m, r)
	}
	return m
}

type IDs []int

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2), Sum[int64]())
	strs := MapSlice(IDs{1, 2}, strconv.Itoa)
	fmt.Println(strs, MaxOf(3, 9, 4), MaxOf("b", "a"))
	ks := Keys(map[string]int{"z": 1, "a": 2})
	slices.Sort(ks)
	idx, found := slices.BinarySearch(ks, "z")
	fmt.Println(ks, idx, found, slices.Index(ks, "a"), slices.Contains(ks, "q"))
	fmt.Println(slices.Max([]float64{1, 3, 2}), cmp.Compare(1, 2))
}
