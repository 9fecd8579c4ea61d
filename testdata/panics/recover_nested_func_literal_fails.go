package main

import "fmt"

func main() {
	defer func() {
		func() {
			r := recover()
			fmt.Println("inner literal got:", r)
		}()
		fmt.Println("outer deferred closure returns")
	}()
	panic("two frames away")
}
