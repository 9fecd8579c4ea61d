package main

func bigVar() int {
	var a [200000]int64
	a[0] = 1
	return int(a[0])
}

func mediumVar() int {
	var b [10000]int64
	b[1] = 2
	return int(b[1])
}

func main() {
	println(bigVar(), mediumVar())
}
