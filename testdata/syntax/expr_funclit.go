package main

import (
	"fmt"
	"sort"
)

func main() {
	people := []string{"carol", "al", "bob"}
	sort.Slice(people, func(i, j int) bool {
		return len(people[i]) < len(people[j])
	})
	fmt.Println(people)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			a, b = b, a+b
			return a
		}
	}()
	fmt.Println(fib(), fib(), fib())
	var visit func(n int) int
	visit = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + visit(n-1)
	}
	fmt.Println(visit(4))
}
