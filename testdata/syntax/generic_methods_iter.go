package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable]() *Set[T] { return &Set[T]{m: map[T]struct{}{}} }

func (s *Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s.m[v] = struct{}{}
	}
}

func (s *Set[T]) Has(v T) bool {
	_, ok := s.m[v]
	return ok
}

func (s *Set[T]) All() iter.Seq[T] {
	return maps.Keys(s.m)
}

func main() {
	s := NewSet[int]()
	s.Add(3, 1, 2, 3)
	sorted := slices.Sorted(s.All())
	fmt.Println(sorted, s.Has(2), s.Has(9))
	for i, v := range slices.All([]string{"a", "b"}) {
		fmt.Print(i, v)
	}
	fmt.Println()
}
