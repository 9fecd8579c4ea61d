package main

import "fmt"

type T struct{ n int }

func main() {
	a, b := &T{1}, &T{1}
	m := map[*T]string{a: "a", b: "b"}
	fmt.Println(len(m), m[a], m[b])
	c := a
	m[c] = "c"
	fmt.Println(len(m), m[a])
	var np *T
	m[np] = "nil"
	fmt.Println(len(m), m[nil])
	type iface interface{}
	im := map[iface]int{a: 1, *a: 2, T{1}: 3}
	fmt.Println(len(im), im[T{1}])
}
