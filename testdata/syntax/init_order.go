package main

import "fmt"

var (
	a = b + 1
	b = f()
	c = "c"
)

func f() int { return 41 }

func init() {
	fmt.Println("init 1", a)
}

func init() {
	fmt.Println("init 2", c)
}

func main() {
	fmt.Println(a, b)
}
