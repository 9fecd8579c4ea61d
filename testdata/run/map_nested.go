package main

import "fmt"

func main() {
	m := map[string]map[string]int{}
	add := func(a, b string, n int) {
		inner, ok := m[a]
		if !ok {
			inner = map[string]int{}
			m[a] = inner
		}
		inner[b] += n
	}
	add("x", "p", 1)
	add("x", "q", 2)
	add("y", "p", 3)
	add("x", "p", 4)
	fmt.Println(m)
	fmt.Println(m["x"]["p"], m["z"]["p"], len(m["x"]))
	m["y"]["r"] = 9
	fmt.Println(m["y"])
	deep := map[int]map[int]map[int]bool{1: {2: {3: true}}}
	fmt.Println(deep[1][2][3], deep[1][2][4], deep[9][9][9])
}
