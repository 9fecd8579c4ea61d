package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

type Number interface {
	~int | ~float64
}

type Shower interface {
	~int | ~string
	Show() string
}

type ID int

func (i ID) Show() string { return "#" + strconv.Itoa(int(i)) }

func ShowAll[T Shower](xs []T) []string {
	return Map(xs, func(x T) string { return x.Show() })
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for i := range s {
		if keep(s[i]) {
			out = append(out, s[i])
		}
	}
	return out
}

func Merge[T any](cs ...<-chan T) []T {
	var out []T
	for _, c := range cs {
		for v := range c {
			out = append(out, v)
		}
	}
	return out
}

type List[T any] struct{ xs []T }

func (l List[T]) Map(f func(T) T) List[T] { return List[T]{Map(l.xs, f)} }
func (l List[T]) Len() int               { return len(l.xs) }

type M map[string]int

func Keys[K comparable, V any](m map[K]V) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Zero[T any]() (z T) { return }

func Make[S ~[]E, E any](n int) S { return make(S, n) }

func main() {
	fmt.Println(ShowAll([]ID{1, 2}))
	evens := Filter([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 })
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(evens, Merge(c))
	l := List[int]{[]int{1, 2}}.Map(func(x int) int { return x * 3 })
	ks := Keys(M{"a": 1})
	xs := []int{3, 1, 2}
	slices.SortFunc(xs, cmp.Compare[int])
	ys := []string{"b", "a"}
	slices.SortFunc(ys, cmp.Compare)
	fmt.Println(l.Len(), l.xs, ks, xs, ys, Zero[string]() == "", len(Make[[]int](3)))
}
