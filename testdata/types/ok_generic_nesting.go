package main

import (
	"errors"
	"fmt"
	"io"
)

type List[T any] struct {
	items []T
}

func (l *List[T]) Add(v T) { l.items = append(l.items, v) }

type Pair[A, B any] struct {
	First  A
	Second B
}

type Registry struct {
	List[string]
	name string
}

type Numeric interface {
	~int | ~float64
	String() string
}

type Meters float64

func (m Meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }

func Describe[T Numeric](xs []T) string {
	var total T
	for _, x := range xs {
		total += x
	}
	return total.String()
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func main() {
	p := Pair[List[int], string]{Second: "s"}
	p.First.Add(1)
	r := Registry{name: "r"}
	r.Add("x")
	pp := MakePair(1, "one")
	fmt.Println(len(p.First.items), r.items, Describe([]Meters{1.5, 2}), pp.First, pp.Second)
	err := fmt.Errorf("read: %w", io.EOF)
	fmt.Println(errors.Is(err, io.EOF))
	var a, b any = 1, 1
	fmt.Println(a == b)
}
