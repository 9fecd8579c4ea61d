package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(s[:5], len(s[:5]))
	n := 6
	fmt.Println(s[:n])
}
