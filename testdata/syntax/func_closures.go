package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c := counter()
	c()
	fmt.Println(c(), apply(func(x int) int { return x * 2 }, 5))
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(inc, inc)(1), func() string { return "iife" }())
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
}
