package main

import "fmt"

func helper() {
	r := recover()
	fmt.Println("helper got:", r)
}

func main() {
	defer fmt.Println("main's first defer still runs")
	defer func() {
		fmt.Println("closure calls helper")
		helper()
	}()
	panic("not recovered")
}
