package main

import "fmt"

func try(f func()) (r any) {
	defer func() {
		r = recover()
	}()
	f()
	return "no panic"
}

func main() {
	fmt.Println(try(func() { fmt.Println("quiet") }))
	fmt.Println(try(func() { panic("loud") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println("done")
}
