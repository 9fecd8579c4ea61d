package main

import "fmt"

func main() {
	var x any = 42
	fmt.Println(x.(int))
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(x.(string))
}
