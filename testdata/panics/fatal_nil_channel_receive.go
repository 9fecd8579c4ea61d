package main

import "fmt"

func wait(ch chan int) int {
	defer fmt.Println("not printed")
	return <-ch
}

func main() {
	var ch chan int
	fmt.Println("ch == nil:", ch == nil)
	fmt.Println(wait(ch))
}
