package main

import "fmt"

func main() {
	s := make([]string, 2, 10)
	idx := len(s) - 3
	fmt.Println("idx", idx)
	s[idx] = "x"
	fmt.Println("unreachable")
}
