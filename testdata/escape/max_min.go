package main

func pick(a, b *int) *int {
	if *a > *b {
		return a
	}
	return b
}

func main() {
	x, y := 3, 4
	s := []int{5, 1, 9}
	println(*pick(&x, &y), max(x, y), min(s[0], s[1], s[2]))
	clear(s)
	println(len(s))
}
