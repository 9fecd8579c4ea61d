package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(sum(), sum(1, 2), sum(xs...), join("-", "a", "b"))
}
