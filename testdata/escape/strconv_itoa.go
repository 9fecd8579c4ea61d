package main

import "strconv"

func label(n int) string {
	return "n=" + strconv.Itoa(n)
}

func main() {
	v, err := strconv.Atoi("12")
	println(label(v), err == nil)
}
