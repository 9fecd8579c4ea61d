package main

import (
	"fmt"
	"sort"
	"strings"
)

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return w[i] < w[j] }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

type Set map[string]bool

func (s Set) Add(k string) Set { s[k] = true; return s }

type Op func(int) int

func (f Op) Twice(x int) int { return f(f(x)) }

type Visitor func(n int) Visitor

type Counter int

func (c *Counter) Inc() { *c++ }

func main() {
	w := Words(strings.Fields("b c a"))
	sort.Sort(w)
	s := Set{}.Add("x").Add("y")
	double := Op(func(x int) int { return x * 2 })
	var v Visitor
	v = func(n int) Visitor { return v }
	var c Counter
	c.Inc()
	inc := c.Inc
	inc()
	defer c.Inc()
	go c.Inc()
	fmt.Println(w, len(s), double.Twice(3), v(1) != nil, c)
}
