package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	println(sum(1, 2, 3))
	s := []int{4, 5}
	println(sum(s...))
}
