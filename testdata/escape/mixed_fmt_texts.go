package main

import (
	"fmt"
	"strings"
)

type B struct{ n int }

func (b *B) Len() int  { return b.n }
func (b B) Val() int   { return b.n }

type P struct{ x, y int }

func show(b *B, s string, p *P, a []int, m map[string]int, x int, v any, q P, r [2]int) {
	fmt.Println(b.Len(), b.Val(), strings.ToUpper(s), p.x, *p, a[0], m["k"], s[1:], -x, v.(int))
	fmt.Println(q, q.x, r, r[1], x+1, x*2+3, uint8(x), float64(x), x > 2, len(a), cap(a))
	fmt.Println(s+"!", string(a[0]), []int{1}, &q, P{1, 2}, [2]int{1, 2}, int64(7), 'x', "s", 2.5, 1e9)
}

func main() {
	show(&B{}, "ab", &P{}, []int{1}, map[string]int{}, 1, 2, P{}, [2]int{})
}
