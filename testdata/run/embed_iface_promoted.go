package main

import "fmt"

type I interface {
	Len() int
	Less(i, j int) bool
}

type ES struct{ a []int }

func (s *ES) Len() int           { return len(s.a) }
func (s *ES) Less(i, j int) bool { return s.a[i] < s.a[j] }

type rev struct{ I }

func (r rev) Less(i, j int) bool { return r.I.Less(j, i) }

type rev2 struct{ I }

func (r rev2) Less(i, j int) bool { return r.I.Less(j, i) }
func (r rev2) Len() int           { return r.I.Len() }

func main() {
	e := &ES{[]int{3, 1, 2}}
	var x I = &rev2{e}
	fmt.Println(x.Len(), x.Less(0, 1))
	var y I = &rev{e}
	fmt.Println(y.Less(0, 1))
	fmt.Println(y.Len())
}
