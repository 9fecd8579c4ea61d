package main

import "fmt"

func main() {
	var p *int
	x := 1
	q := &x
	*q = 2
	fmt.Println(x, p == nil)
	*p = 3
}
