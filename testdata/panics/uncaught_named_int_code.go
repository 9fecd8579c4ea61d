package main

import "fmt"

type Code int

func main() {
	c := Code(7)
	fmt.Println("code is", c)
	panic(c)
}
