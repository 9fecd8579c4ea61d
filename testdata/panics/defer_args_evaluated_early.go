package main

import "fmt"

func show(label string, v int) {
	fmt.Println(label, v)
}

func main() {
	x := 1
	defer fmt.Println("fmt.Println saw x =", x)
	x = 2
	defer show("show saw x =", x*10)
	x = 3
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 4
	fmt.Println("main ends with x =", x)
}
