package main

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func greeter(name string) func() string {
	prefix := "hi "
	return func() string { return prefix + name }
}

func main() {
	println(adder(1)(2), greeter("bo")())
}
