package main

func local(n int) int {
	b := make([]int, n)
	return len(b)
}

func ret(n int) []int {
	return make([]int, n)
}

func main() {
	println(local(3), len(ret(3)))
}
