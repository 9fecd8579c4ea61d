package main

import "fmt"

type node struct {
	val  int
	name string
	next *node
}

type inner struct{ a, b int }

type outer struct {
	inner
	tag string
}

func main() {
	s := []int{10, 20, 30}
	arr := [3]string{"a", "b", "c"}
	m := map[string]int{"one": 1, "two": 2}
	n := &node{val: 1, name: "first", next: &node{val: 2, name: "second"}}
	o := outer{inner{1, 2}, "t"}
	var nilp *node
	f := 2.5
	var e error
	var any interface{} = 42
	word := "héllo"
	fmt.Println(len(s), arr, len(m), n.val, o.tag, nilp == nil, f, e, any, word)
}
