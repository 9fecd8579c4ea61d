package main

import "fmt"

func main() {
	x := 1
	f := func() int { return x * 10 }
	x = 5
	fmt.Println(f())
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x, f())
	s := []int{1, 2}
	g := func() { s = append(s, len(s)+1) }
	g()
	g()
	fmt.Println(s)
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
	m := map[string]int{}
	set := func(k string) { m[k] = len(m) }
	set("a")
	set("b")
	fmt.Println(m)
	y := 0
	func() {
		y := 100
		y++
	}()
	fmt.Println(y)
}
