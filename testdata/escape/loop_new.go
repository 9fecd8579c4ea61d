package main

func last(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		p = new(int)
		*p = i
	}
	return *p
}

func inner(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		q := new(int)
		*q = i
		t += *q
	}
	return t
}

func main() {
	println(last(3), inner(3))
}
