package main

import "fmt"

func catch() {
	r := recover()
	fmt.Println("catch got:", r)
}

func catchMore(tag string) {
	fmt.Println(tag, "catchMore got:", recover())
}

func a() {
	defer catch()
	panic("from a")
}

func b() {
	defer catchMore("b")
	panic(fmt.Errorf("from b"))
}

func main() {
	a()
	fmt.Println("a returned")
	b()
	fmt.Println("b returned")
	catch()
}
