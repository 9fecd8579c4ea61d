package main

import "fmt"

func main() {
	x := 1.0 / 3.0
	fmt.Println("panicking with", x)
	panic(x * 3e20)
}
