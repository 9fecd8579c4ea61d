package main

import "fmt"

type V struct{ x int }

func (v V) SetVal(n int)  { v.x = n }
func (v *V) SetPtr(n int) { v.x = n }
func (v V) Show() string  { return fmt.Sprint("V(", v.x, ")") }

type List []int

func (l List) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *List) Push(v int) { *l = append(*l, v) }

func main() {
	v := V{1}
	v.SetVal(5)
	fmt.Println(v.x)
	v.SetPtr(5)
	fmt.Println(v.x)
	p := &v
	p.SetVal(7)
	fmt.Println(p.Show())
	p.SetPtr(8)
	fmt.Println(v.Show())
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))
	vs := []V{{1}, {2}}
	vs[0].SetPtr(10)
	fmt.Println(vs)
	m := map[string]*V{"a": {3}}
	m["a"].SetPtr(30)
	fmt.Println(m["a"].x)
}
