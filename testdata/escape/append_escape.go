package main

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*i)
	}
	return s
}

func main() {
	println(len(build(10)))
}
