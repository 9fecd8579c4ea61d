package main

import "fmt"

type T struct{ n int }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	var p *T
	fmt.Println("p is nil:", p == nil)
	fmt.Println(p.n)
}
