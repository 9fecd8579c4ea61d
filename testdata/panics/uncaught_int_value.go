package main

import "fmt"

func main() {
	n := -42
	fmt.Println("panicking with", n)
	panic(n)
}
