package main

import (
	"fmt"
	"io"
)

type Stringer interface{ String() string }
type T struct{}

func (T) String() string { return "T!" }

func main() {
	var x any = 42
	i, ok := x.(int)
	fmt.Println(i, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var y any = T{}
	st, ok := y.(Stringer)
	fmt.Println(st, ok)
	st2, ok := x.(Stringer)
	fmt.Println(st2 == nil, ok)
	var n any
	_, ok = n.(int)
	fmt.Println(ok)
	_, ok = n.(any)
	fmt.Println(ok)
	var r io.Reader
	_, ok = r.(io.Writer)
	fmt.Println(ok)
	p, ok := y.(*T)
	fmt.Println(p, ok)
	if v, ok := x.(int); ok && v > 40 {
		fmt.Println("big int", v)
	}
}
