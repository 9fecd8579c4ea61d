package main

import "fmt"

type T struct{}

func (t *T) M() {}

type I interface{ M() }

func main() {
	var i I = T{} // ERROR "cannot use T\{\} \(value of struct type T\) as I value in variable declaration: T does not implement I \(method M has pointer receiver\)"
	fmt.Println(i)
}
