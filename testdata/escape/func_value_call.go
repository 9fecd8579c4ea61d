package main

func call(f func(*int) int) int {
	x := 1
	return f(&x)
}

func read(p *int) int { return *p }

func main() {
	println(call(read))
}
