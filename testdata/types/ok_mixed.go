package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ s float64 }

func (q *Square) Area() float64 { return q.s * q.s }

type List[T any] struct {
	items []T
	next  *List[T]
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

const (
	A = iota
	B
	C = 1 << 100 >> 98
)

func main() {
	var sh Shape = &Square{2}
	fmt.Println(sh.Area(), A, B, C)
	var l List[int]
	l.Push(3)
	x := Map([]int{1, 2}, func(i int) string { return "s" })
	m := map[string][]int{"a": {1}}
	for k, v := range m {
		fmt.Println(k, v, x)
	}
	switch v := sh.(type) {
	case *Square:
		fmt.Println(v.s)
	}
	var i8 int8 = 100
	i8 += 1
	fmt.Printf("%d\n", i8)
}
