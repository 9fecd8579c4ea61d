package main

import "fmt"

func fill(m map[string]int) {
	m["filled"] = 1
}

func replace(m map[string]int) {
	m = map[string]int{"other": 2}
	m["x"] = 3
}

func main() {
	m := map[string]int{}
	fill(m)
	replace(m)
	fmt.Println(m)
	n := m
	n["shared"] = 5
	fmt.Println(m, len(m))
	type S struct{ M map[int]int }
	s1 := S{map[int]int{}}
	s2 := s1
	s2.M[1] = 1
	fmt.Println(s1.M)
	type V struct{ N int }
	vm := map[string]V{"a": {1}}
	v := vm["a"]
	v.N = 100
	fmt.Println(vm)
	pm := map[string]*V{"a": {1}}
	pm["a"].N = 100
	fmt.Println(pm["a"].N)
}
