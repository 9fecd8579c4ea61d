package main

import (
	"fmt"
	"strconv"
)

type Shower interface{ Show() string }

type Num int

func (n Num) Show() string { return "#" + strconv.Itoa(int(n)) }

type Word string

func (w Word) Show() string { return "'" + string(w) + "'" }

func ShowAll[T Shower](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

type StringerInt interface {
	~int
	Show() string
}

func Double[T StringerInt](v T) string { return (v * 2).Show() }

func ShowPtr[T any, PT interface {
	*T
	Show() string
}](v T) string {
	return PT(&v).Show()
}

type Box struct{ n int }

func (b *Box) Show() string { return "box" + strconv.Itoa(b.n) }

func main() {
	fmt.Println(ShowAll([]Num{1, 2}), ShowAll([]Word{"a"}), len(ShowAll([]Num{})))
	fmt.Println(Double(Num(21)), Double(Num(-3)))
	fmt.Println(ShowPtr(Box{5}))
}
