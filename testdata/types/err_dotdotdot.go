package main

func f(a, b int) int { return a + b }

func main() {
	xs := []int{1, 2}
	_ = f(xs...) // ERROR "cannot use \.\.\. in call to non-variadic f"
}
