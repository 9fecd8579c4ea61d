package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer func() {
		fmt.Println("second defer panics")
		panic("second")
	}()
	panic("first")
}

func main() {
	f()
	fmt.Println("main continues")
}
