package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("defer A")
		panic("third")
	}()
	defer func() {
		fmt.Println("defer B")
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
