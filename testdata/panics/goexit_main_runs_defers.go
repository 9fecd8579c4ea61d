package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("first defer (runs last)")
	defer func() {
		fmt.Println("second defer, recover =", recover())
	}()
	fmt.Println("calling Goexit")
	runtime.Goexit()
	fmt.Println("not reached")
}
