package main

func split(p *int) (lo, hi *int) {
	lo = p
	v := *p + 1
	hi = &v
	return
}

func main() {
	x := 5
	a, b := split(&x)
	println(*a, *b)
}
