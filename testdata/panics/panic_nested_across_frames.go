package main

import "fmt"

func release(name string) {
	fmt.Println("release", name)
	panic("release " + name + " failed")
}

func inner() {
	defer release("inner")
	panic("inner failed")
}

func middle() {
	defer func() {
		fmt.Println("middle sees:", recover())
		panic("middle failed")
	}()
	inner()
}

func main() {
	defer func() {
		fmt.Println("main sees:", recover())
	}()
	middle()
	fmt.Println("not reached")
}
