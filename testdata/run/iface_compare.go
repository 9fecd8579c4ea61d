package main

import "fmt"

type T struct{ A int }
type U struct{ A int }

func main() {
	var a, b any
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = T{1}, T{1}
	fmt.Println(a == b)
	b = U{1}
	fmt.Println(a == b)
	p := &T{1}
	a, b = p, p
	fmt.Println(a == b)
	b = &T{1}
	fmt.Println(a == b)
	a = nil
	fmt.Println(a == nil, b == nil)
	var x any = 3
	fmt.Println(x == 3, x == 3.0, x == "3")
	var e1, e2 error
	fmt.Println(e1 == e2)
	a, b = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(a == b, a != b)
	a, b = []int{1}, "slice"
	fmt.Println(a == b)
}
