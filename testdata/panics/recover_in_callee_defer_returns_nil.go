package main

import "fmt"

func inspect() {
	defer func() {
		fmt.Println("inspect's own defer: recover() =", recover())
	}()
	fmt.Println("inspect runs during the panic")
}

func main() {
	defer func() {
		fmt.Println("direct deferred closure: recover() =", recover())
	}()
	defer inspect()
	panic("still active")
}
