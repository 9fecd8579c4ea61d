package main

func identity(p *int) *int { return p }

func pick(a, b *int, first bool) *int {
	if first {
		return a
	}
	return b
}

func main() {
	x, y := 1, 2
	p := identity(&x)
	q := pick(&x, &y, false)
	println(*p + *q)
}
