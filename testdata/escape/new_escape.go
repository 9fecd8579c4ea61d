package main

type T struct{ a, b int }

func newEscape() *int {
	return new(int)
}

func newT() *T {
	t := new(T)
	t.a = 1
	return t
}

func main() {
	println(*newEscape(), newT().a)
}
