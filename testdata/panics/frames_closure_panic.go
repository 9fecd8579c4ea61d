package main

import "fmt"

func apply(xs []int, f func(int) int) []int {
	out := []int{}
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	limit := 3
	check := func(x int) int {
		if x > limit {
			panic(fmt.Sprintf("value %d over limit %d", x, limit))
		}
		return x * x
	}
	fmt.Println(apply([]int{1, 2, 3}, check))
	fmt.Println(apply([]int{2, 4}, check))
}
