package main

import "fmt"

func main() {
	n := 40
	n += 2
	fmt.Println("panicking with", n)
	panic(n)
}
