package main

import "fmt"

type node struct{ v int }

type holder struct{ p *node }

func (h holder) String() string { return fmt.Sprintf("holder(%d)", h.p.v) }

func (h holder) Get() int { return h.p.v }

type getter interface{ Get() int }

type pair [1]*node

type table struct{ m map[string]int }

func main() {
	n := &node{7}
	h := holder{n}
	var x interface{} = h
	fmt.Println(x)
	fmt.Printf("%v %+v\n", h, table{})
	back := x.(holder)
	fmt.Println(back.p == n, back.Get())
	if hh, ok := x.(holder); ok {
		fmt.Println("ok", hh.p.v)
	}
	var g getter = h
	fmt.Println(g.Get())
	var y interface{} = holder{n}
	fmt.Println(x == y)
	switch v := y.(type) {
	case holder:
		fmt.Println("switch", v.p.v)
	}
	var a interface{} = pair{n}
	fmt.Println(a.(pair)[0].v)
	m := map[interface{}]int{h: 1}
	m[holder{n}]++
	fmt.Println(len(m), m[h])
	t := table{map[string]int{"a": 1}}
	var ti interface{} = t
	fmt.Println(ti.(table).m["a"])
	fmt.Println([]interface{}{h, t, table{}})
}
