package main

import "fmt"

func main() {
	x := 5
	p := &x
	fmt.Println(p == nil)
	y := 6
	fmt.Println(&y)
}
