package main

func fill(dst []*int, p *int) {
	dst[0] = p
}

func main() {
	x := 1
	s := make([]*int, 1)
	fill(s, &x)
	println(*s[0])
}
