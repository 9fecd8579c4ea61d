package main

func multiplier(k int) func(int) int {
	return func(x int) int { return x * k }
}

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	double := multiplier(2)
	println(apply(double, 5), apply(func(x int) int { return x + 1 }, 5))
}
