package main

import "fmt"

func seq(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type point struct{ x, y int }

func main() {
	sum := 0
	for v := range seq(5) {
		sum += v * v
	}
	fmt.Println("sum", sum)
	total := 0
	for v := range seq(4) {
		p := point{v, v + 1}
		q := &p
		q.x *= 2
		total += q.x + q.y
	}
	fmt.Println("total", total)
	for v := range seq(10) {
		if v == 2 {
			break
		}
		fmt.Println("v", v)
	}
}
