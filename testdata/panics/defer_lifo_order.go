package main

import "fmt"

func main() {
	fmt.Println("start")
	defer fmt.Println("first registered, runs last")
	defer fmt.Println("second registered")
	defer fmt.Println("third registered, runs first")
	fmt.Println("end of main body")
}
