package main

import "fmt"

func greet(name string) string {
	return "hi " + name
}

func main() {
	s := greet("gopher")
	fmt.Println(s)
	t := greet("again")
	fmt.Println(t)
}
