package main

import (
	"fmt"
	"strings"
)

type Base struct{ n int }

func (b Base) Get() int       { return b.n }
func (b *Base) Add(k int) int { b.n += k; return b.n }

type Outer struct {
	Base
	label string
}

type ViaPtr struct{ *Base }

type Getter interface{ Get() int }

type Named interface {
	Getter
	Name(prefix string) string
}

type item struct{ id int }

func (i item) Get() int                   { return i.id * 10 }
func (i item) Name(prefix string) string { return fmt.Sprintf("%s%d", prefix, i.id) }

func main() {
	o := Outer{Base{3}, "o"}
	get := Outer.Get
	fmt.Println(get(o))
	add := (*Outer).Add
	fmt.Println(add(&o, 4), o.n)
	fmt.Println((*Outer).Get(&o))
	v := ViaPtr{&Base{1}}
	fmt.Println(ViaPtr.Add(v, 2), ViaPtr.Get(v))

	g := Getter.Get
	fmt.Println(g(item{4}), g(Base{5}), g(o))
	name := Named.Name
	var parts []string
	for _, it := range []Named{item{1}, item{2}} {
		parts = append(parts, name(it, "#"))
	}
	fmt.Println(strings.Join(parts, ","), Named.Get(item{7}))
	fs := []func(Getter) int{Getter.Get}
	fmt.Println(fs[0](item{9}))
}
