package main

import (
	"fmt"
	"strings"
)

type S struct{ A int }

func main() {
	x := 5
	p := &x
	ps := fmt.Sprintf("%p", p)
	fmt.Println(strings.HasPrefix(ps, "0x"), len(ps) > 2)
	fmt.Println(fmt.Sprintf("%v", p) == ps)
	var np *int
	fmt.Printf("%p %v\n", np, np)
	s := &S{1}
	fmt.Printf("%v %+v\n", s, s)
	pp := &s
	fmt.Println(strings.HasPrefix(fmt.Sprint(pp), "0x"))
	var ns *S
	fmt.Printf("%v %+v\n", ns, ns)
	fmt.Println(ns, np)
	sl := []int{1}
	fmt.Println(strings.HasPrefix(fmt.Sprintf("%p", sl), "0x"))
	var nsl []int
	fmt.Printf("%p\n", nsl)
	m := map[int]int{}
	fmt.Println(fmt.Sprintf("%p", m) != "0x0")
	fmt.Printf("%t\n", p != nil)
}
