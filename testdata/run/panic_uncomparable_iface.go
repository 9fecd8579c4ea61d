package main

import "fmt"

func main() {
	var a any = []int{1}
	var b any = "x"
	fmt.Println(a == b)
	var c any = []int{1}
	fmt.Println(a == c)
}
