package main

import "fmt"

var log []string

var x = record("var x")

func record(s string) int {
	log = append(log, s)
	return len(log)
}

func init() {
	record("init 1")
	x *= 100
}

var y = record("var y")

func init() {
	record("init 2")
}

func init() {
	record("init 3")
	fmt.Println("in init 3, x =", x, "y =", y)
}

func main() {
	record("main")
	for i, s := range log {
		fmt.Println(i, s)
	}
	fmt.Println(x, y)
}
