package main

import "fmt"

type K struct{ A int }

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[1.0] = "float 1"
	m["1"] = "string 1"
	m[K{1}] = "struct"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m[1.0], "|", m["1"], "|", m[K{1}], "|", m[true])
	_, ok := m[int8(1)]
	fmt.Println(ok)
	var e error
	m[e] = "nil interface"
	fmt.Println(m[nil], len(m))
	delete(m, 1)
	fmt.Println(len(m), m[1] == "")
}
