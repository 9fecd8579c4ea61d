package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

func main() {
	var p *T
	var s []int
	var m map[string]int
	var f func()
	var i any
	var e error
	fmt.Println(p, s, m, i, e, f == nil)
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%v|%#v|%#v\n", s, s, m)
	fmt.Printf("%v|%#v|%T\n", i, i, i)
	fmt.Printf("%s|%d|%q\n", nil, nil, nil)
	fmt.Printf("%v|%s\n", e, e)
	fmt.Printf("%v %v\n", []*T{nil, nil}, map[string]*T{"a": nil})
	fmt.Println(errors.Unwrap(errors.New("x")) == nil)
	fmt.Printf("%x|%X|%o\n", s, m, []int(nil))
	fmt.Printf("[%5v][%-5v]\n", nil, nil)
}
