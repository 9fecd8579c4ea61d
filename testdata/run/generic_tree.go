package main

import "fmt"

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func (t *Tree[T]) Size() int {
	if t == nil {
		return 0
	}
	return 1 + t.Left.Size() + t.Right.Size()
}

type Name string

func main() {
	var t *Tree[string]
	for _, s := range []string{"m", "c", "x", "a"} {
		t = t.Insert(s)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println(t.Size())
	var ti *Tree[int]
	for _, v := range []int{5, -2, 9, 5, 0} {
		ti = ti.Insert(v)
	}
	sum := 0
	ti.Walk(func(v int) { sum += v; fmt.Print(v, " ") })
	fmt.Println(sum)
	tn := (&Tree[Name]{Val: "k"}).Insert("b")
	fmt.Printf("%T %v %d\n", tn, tn.Left.Val, tn.Size())
}
