package main

func big() func() int {
	var arr [20]int
	arr[3] = 4
	return func() int { return arr[3] }
}

func small() func() int {
	var arr [16]int
	arr[3] = 4
	return func() int { return arr[3] }
}

func main() {
	println(big()(), small()())
}
