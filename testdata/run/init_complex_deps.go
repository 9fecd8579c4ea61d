package main

import "fmt"

var order []string

func mark(s string, v int) int {
	order = append(order, s)
	return v
}

var (
	p = mark("p", q*2)
	q = mark("q", r+1)
	r = mark("r", 5)
	s = mark("s", 0)
	t = mark("t", get())
)

func get() int { return u + 1 }

var u = mark("u", 7)

var table = map[string]int{"p": p, "q": q}

var fn = func() int { return p + q + r }()

func main() {
	fmt.Println(order)
	fmt.Println(p, q, r, s, t, u)
	fmt.Println(table, fn)
}
