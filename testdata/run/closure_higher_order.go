package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(mapInts(xs, func(x int) int { return x * x }))
	fmt.Println(filter(xs, func(x int) bool { return x%2 == 0 }))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	fns := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	fmt.Println(fns["add"](3, 4), fns["sub"](3, 4))
	var nf func()
	fmt.Println(nf == nil)
}
