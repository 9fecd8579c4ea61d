package main

import (
	"fmt"
	"iter"
)

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Pairs(m map[string]int, order []string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, k := range order {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func main() {
	for i, s := range Enumerate([]string{"a", "b", "c", "d"}) {
		if s == "c" {
			break
		}
		fmt.Println(i, s)
	}
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	total := 0
	for k, v := range Pairs(m, []string{"z", "x", "y"}) {
		fmt.Println(k, v)
		total += v
	}
	fmt.Println(total)
	for i := range Enumerate([]int{5, 6}) {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
