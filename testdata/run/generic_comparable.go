package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Uniq[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type P struct{ A, B int }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1}, 5))
	fmt.Println(Index([]P{{1, 2}, {3, 4}}, P{3, 4}))
	fmt.Println(Uniq([]int{3, 1, 3, 2, 1}), Uniq([]string{"x", "x"}))
	fmt.Println(Index([]any{1, "a", 2.5}, any("a")))
	s := Set[P]{}
	s.Add(P{1, 1})
	fmt.Println(s.Has(P{1, 1}), s.Has(P{2, 2}), len(s))
}
