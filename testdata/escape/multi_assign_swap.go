package main

func swap(a, b *int) (*int, *int) { return b, a }

func main() {
	x, y := 1, 2
	p, q := &x, &y
	p, q = swap(p, q)
	p, q = q, p
	println(*p, *q)
}
