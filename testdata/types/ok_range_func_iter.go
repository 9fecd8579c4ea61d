package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for i, s := range Enumerate([]string{"a", "b"}) {
		fmt.Print(i, s, " ")
	}
	evens := slices.Collect(Filter(Count(10), func(x int) bool { return x%2 == 0 }))
	fmt.Println(evens)
	m := map[string]int{"x": 1, "y": 2}
	for k, v := range maps.All(m) {
		_, _ = k, v
	}
	for line := range strings.SplitSeq("a\nb", "\n") {
		fmt.Print(line)
	}
	next, stop := iter.Pull(Count(3))
	defer stop()
	v, ok := next()
	fmt.Println(v, ok)
	for range Count(2) {
	}
}
