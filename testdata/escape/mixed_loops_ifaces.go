package main

import "fmt"

type I interface{ M() }
type T struct{ a int }

func (t T) M()   {}
func (t *T) P()  {}

type E struct{ T }
type F struct{ *T }

var gi I
var gp = &T{1}
var gs = []int{1, 2}

func loops(xs []int) int {
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, v := range xs {
		ps = append(ps, &v)
	}
	for i := 0; i < 3; i++ {
		go func() { println(i) }()
	}
	for k := range 3 {
		defer func() { println(k) }()
	}
	return len(ps)
}

func misc(x int, i I) string {
	s := "a"
	s += "b"
	t := s + "c" + s
	if i == (T{x}) {
		println("eq")
	}
	j := any(x)
	_ = j
	var e E
	e.P()
	e.M()
	var f F
	f.P()
	k := I(T{2})
	k.M()
	fmt.Println(x, 'r', true, t)
	return t
}

func main() {
	println(loops([]int{1}), misc(1, T{}))
	gi = T{}
}
