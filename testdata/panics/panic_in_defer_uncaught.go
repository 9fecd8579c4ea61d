package main

import "fmt"

func main() {
	defer fmt.Println("oldest defer still runs")
	defer func() {
		fmt.Println("deferred func panics while panicking")
		panic("in defer")
	}()
	panic("first")
}
