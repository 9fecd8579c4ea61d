package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("f is nil:", f == nil)
	g := func(x int) int { return x + 1 }
	fmt.Println(g(1))
	fmt.Println(f(1))
}
