package main

import "fmt"

func main() {
	msg := "hello"
	fmt.Println(msg)
	msg += ", world"
	fmt.Println(msg)
}
