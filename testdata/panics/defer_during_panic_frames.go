package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer 1")
	defer fmt.Println("inner defer 2")
	fmt.Println("inner panics")
	panic("boom")
}

func middle() {
	defer fmt.Println("middle defer")
	inner()
	fmt.Println("middle after inner: not reached")
}

func outer() {
	defer func() {
		fmt.Println("outer recovers:", recover())
	}()
	defer fmt.Println("outer plain defer")
	middle()
}

func main() {
	outer()
	fmt.Println("main after outer")
}
