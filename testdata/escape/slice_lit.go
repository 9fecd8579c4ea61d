package main

func local() int {
	s := []int{1, 2, 3}
	return s[0] + s[2]
}

func ret() []int {
	return []int{4, 5, 6}
}

func main() {
	println(local(), ret()[1])
}
