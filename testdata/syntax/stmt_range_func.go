package main

import (
	"fmt"
	"iter"
)

func countTo(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(m []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func main() {
	for x := range countTo(5) {
		if x == 4 {
			break
		}
		fmt.Print(x)
	}
	for i, s := range pairs([]string{"a", "b"}) {
		fmt.Print(i, s)
	}
	fmt.Println()
}
