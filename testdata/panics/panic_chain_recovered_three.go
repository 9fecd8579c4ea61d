package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("A recovered", r)
		panic("third")
	}()
	defer func() {
		r := recover()
		fmt.Println("B recovered", r)
		panic("second")
	}()
	panic("first")
}
