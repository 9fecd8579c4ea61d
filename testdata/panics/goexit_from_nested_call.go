package main

import (
	"fmt"
	"runtime"
)

func leaf() {
	defer fmt.Println("leaf defer")
	fmt.Println("leaf calls Goexit")
	runtime.Goexit()
	fmt.Println("leaf: not reached")
}

func mid() int {
	defer fmt.Println("mid defer")
	leaf()
	fmt.Println("mid: not reached")
	return 1
}

func main() {
	defer fmt.Println("main defer")
	fmt.Println("mid returned", mid())
}
