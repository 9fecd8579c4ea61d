package main

import (
	"fmt"
	"strings"
)

type Point struct {
	X, Y int
	name string `json:"n"`
}

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func main() {
	p := Point{1, 2, "a"}
	if p == (Point{}) {
		fmt.Println("zero")
	}
	for _, v := range []int{1, 2} {
		fmt.Println(v * 2 + 1 << 3)
	}
	x := []byte("hi")
	switch y := interface{}(x).(type) {
	case []byte, string:
		fmt.Println(y)
	default:
	}
	m := map[string][]int{"a": {1}}
	_ = m
	var l List[int]
	l.Push(3)
	fmt.Println(strings.ToUpper("x"), Map[int, string]([]int{1}, func(i int) string { return "s" }))
	ch := make(chan int, 1)
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	default:
	}
L:
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue L
		} else if i == 2 {
			break L
		}
	}
}
