package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func main() {
	switch v("tag", 3) {
	case v("a", 1), v("b", 2):
		fmt.Println("ab")
	case v("c", 3), v("d", 3):
		fmt.Println("cd")
	case v("e", 3):
		fmt.Println("e")
	}
	fmt.Println(trace)
	trace = nil
	switch v("t", 9) {
	case v("x", 1):
	default:
		fmt.Println("default")
	case v("y", 2):
	}
	fmt.Println(trace)
}
