package main

import "fmt"

func main() {
	var s []int
	fmt.Println(len(s), s == nil)
	s = s[:0]
	fmt.Println(len(s), s == nil)
	s[0] = 1
}
