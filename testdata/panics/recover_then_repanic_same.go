package main

import "fmt"

func main() {
	defer fmt.Println("outer defer runs")
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "- panicking again with it")
		panic(r)
	}()
	fmt.Println("panicking")
	panic("first")
}
