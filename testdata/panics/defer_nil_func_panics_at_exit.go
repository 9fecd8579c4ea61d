package main

import "fmt"

func run() {
	var f func()
	defer fmt.Println("older defer still runs")
	defer f()
	fmt.Println("defer of nil func registered without panic")
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	run()
	fmt.Println("not reached")
}
