package main

import (
	"fmt"
	"iter"
	"slices"
)

func find(seq iter.Seq[string], target string) int {
	i := 0
	for s := range seq {
		if s == target {
			return i
		}
		i++
	}
	return -1
}

func Squares(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
}

func main() {
	words := []string{"alpha", "beta", "gamma"}
	fmt.Println(find(slices.Values(words), "gamma"), find(slices.Values(words), "z"))
	fmt.Println(slices.Collect(Squares(6)))
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Println(i, v)
	}
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
}
