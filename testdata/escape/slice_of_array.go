package main

func view() []int {
	var arr [4]int
	arr[1] = 7
	return arr[:]
}

func local() int {
	var arr [4]int
	s := arr[1:3]
	s[0] = 2
	return arr[1]
}

func main() {
	println(view()[1], local())
}
