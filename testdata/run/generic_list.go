package main

import "fmt"

type Node[T any] struct {
	val  T
	next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func ToSlice[T any](l *List[T]) []T {
	var out []T
	l.Each(func(v T) { out = append(out, v) })
	return out
}

func main() {
	var l List[string]
	for _, s := range []string{"c", "b", "a"} {
		l.PushFront(s)
	}
	fmt.Println(ToSlice(&l), l.size)
	var li List[float64]
	li.PushFront(1.5)
	li.PushFront(-2)
	sum := 0.0
	li.Each(func(f float64) { sum += f })
	fmt.Println(sum, ToSlice(&li))
}
