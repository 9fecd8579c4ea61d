package main

import "fmt"

func hello() { fmt.Println("hello runs") }
func bye()   { fmt.Println("bye runs") }

func main() {
	f := hello
	defer f()
	f = bye
	defer f()
	g := func(s string) { fmt.Println("g got", s) }
	msg := "early"
	defer g(msg)
	msg = "late"
	g = func(s string) { fmt.Println("replaced g got", s) }
	fmt.Println("f and g reassigned")
}
