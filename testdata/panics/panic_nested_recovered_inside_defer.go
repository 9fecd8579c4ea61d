package main

import "fmt"

func cleanup() {
	defer func() {
		fmt.Println("cleanup recovered its own panic:", recover())
	}()
	panic("cleanup failed")
}

func work() {
	defer func() {
		fmt.Println("work recovered:", recover())
	}()
	defer cleanup()
	panic("work failed")
}

func main() {
	work()
	fmt.Println("main continues")
}
