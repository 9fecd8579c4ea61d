package main

import "fmt"

type Builder struct {
	parts []string
	n     int
}

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	b.n += len(s)
	return b
}

func (b *Builder) Build() string {
	out := ""
	for i, p := range b.parts {
		if i > 0 {
			out += ","
		}
		out += p
	}
	return out
}

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(f float64) Vec { return Vec{v.X * f, v.Y * f} }

func main() {
	b := &Builder{}
	fmt.Println(b.Add("a").Add("bb").Add("ccc").Build(), b.n)
	var b2 Builder
	b2.Add("x").Add("y")
	fmt.Println(b2.Build())
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(0.5)
	fmt.Println(v)
}
