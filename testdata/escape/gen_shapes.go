package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

func (s *Stack[T]) Each(f func(T)) {
	for _, v := range s.items {
		f(v)
	}
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Box[T any](v T) *T {
	p := new(T)
	*p = v
	return p
}

func Unused[T any](v T) []T {
	return []T{v}
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func NewPair[K comparable, V any](k K, v V) *Pair[K, V] {
	return &Pair[K, V]{k, v}
}

func itoa(i int) string { return fmt.Sprint(i) }

func strlen(s string) int { return len(s) }

func main() {
	s := &Stack[int]{}
	s.Push(1)
	s.Each(func(v int) { fmt.Println(v) })
	names := Map([]int{1, 2}, itoa)
	lens := Map(names, strlen)
	fmt.Println(len(lens), *Box(3), *Box("x"))
	p := NewPair("a", 1)
	fmt.Println(p.k, p.v)
}
