package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, vals ...any) string {
	return fmt.Sprint(prefix, len(vals), vals == nil, vals)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(info("a:"), info("b:", 1, "x"), info("c:", nil))
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	args := []any{1, 2}
	fmt.Println(info("d:", args...))
	fmt.Println(args...)
}
