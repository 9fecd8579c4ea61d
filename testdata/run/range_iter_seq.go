package main

import (
	"fmt"
	"iter"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  stopped at", i)
				return
			}
		}
		fmt.Println("  exhausted")
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	for v := range Count(3) {
		fmt.Println(v)
	}
	for v := range Count(10) {
		if v == 2 {
			break
		}
		fmt.Println(v)
	}
	for v := range Fib() {
		if v > 100 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range Count(4) {
		if v%2 == 0 {
			continue
		}
		fmt.Println("odd", v)
	}
}
