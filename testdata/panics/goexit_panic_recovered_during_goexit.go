package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("oldest defer still runs")
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer func() {
		panic("panic inside Goexit defer")
	}()
	runtime.Goexit()
	fmt.Println("not reached")
}
