package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func nothing(yield func() bool) {
	yield()
	yield()
}

func main() {
	sum := 0
	for v := range upTo(10) {
		sum += v
	}
	fmt.Println(sum)
	calls := 0
	for range nothing {
		calls++
	}
	fmt.Println(calls)
outer:
	for i := range upTo(3) {
		for j := range upTo(3) {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	fmt.Println("end")
}
