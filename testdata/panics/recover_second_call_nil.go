package main

import "fmt"

func main() {
	defer func() {
		first := recover()
		second := recover()
		fmt.Println("first:", first)
		fmt.Println("second:", second)
	}()
	defer func() {
		fmt.Println("later defer, nothing to do")
	}()
	panic("only once")
}
