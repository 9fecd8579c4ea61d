package main

import (
	"errors"
	"fmt"
	"strings"
)

type T struct {
	n int
	s []int
	p *T
}

func mk(n int) *T { return &T{n: n} }

func id(p *T) *T { return p }

var a = &T{n: 1}
var b = T{n: 2, s: []int{1, 2}}
var c = []*T{{n: 3}, mk(4)}
var d = mk(5)
var e = new(T)
var f = make([]int, 3)
var g = make(map[string]int)
var h = map[string]int{"a": 1}
var i interface{} = 3
var j interface{} = b
var k = errors.New("boom")
var l = fmt.Sprintf("%d", 7)
var m = strings.Repeat("x", 3)
var n = T{n: 6, p: mk(6)}
var o = []int{1, 2, 3}
var q = id(&T{})
var r = func() int { return 1 }
var s = "abc" + l
var t = []byte("abc")
var u, w = two()
var x = [2]*T{mk(1), {n: 2}}
var y = struct{ f func() }{f: func() {}}
var z error = fmt.Errorf("e %d", 1)

func two() (*T, int) { return &T{}, 1 }

func main() {
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, q, r(), s, t, u, w, x, y.f != nil, z)
}
