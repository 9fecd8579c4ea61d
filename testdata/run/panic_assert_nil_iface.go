package main

import "fmt"

func main() {
	var x any
	fmt.Println("x is nil:", x == nil)
	s := x.(string)
	fmt.Println(s)
}
