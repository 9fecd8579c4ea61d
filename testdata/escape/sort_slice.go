package main

import "sort"

type P struct {
	name string
	age  int
}

func byAge(ps []P) {
	sort.Slice(ps, func(i, j int) bool { return ps[i].age < ps[j].age })
}

func main() {
	ps := []P{{"a", 3}, {"b", 1}}
	byAge(ps)
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	println(ps[0].name, xs[0])
}
