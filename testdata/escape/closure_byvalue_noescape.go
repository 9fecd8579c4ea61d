package main

func apply() int {
	x := 10
	f := func(y int) int { return x + y }
	return f(1) + f(2)
}

func main() {
	println(apply())
}
