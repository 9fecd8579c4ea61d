package main

import "fmt"

func main() {
	l, c := 5, 2
	fmt.Println("len", l, "cap", c)
	s := make([]byte, l, c)
	fmt.Println(len(s))
}
