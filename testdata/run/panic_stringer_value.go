package main

import "fmt"

type Color int

func (c Color) String() string { return "color!" }

func main() {
	fmt.Println("panic with a Stringer")
	panic(Color(3))
}
