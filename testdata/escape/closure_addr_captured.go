package main

func f() int {
	x := 1
	g := func() *int { return &x }
	*g() = 5
	return x
}

func main() {
	println(f())
}
