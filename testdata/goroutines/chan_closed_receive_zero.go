package main

import "fmt"

type point struct{ X, Y int }

// A receive from a closed, empty channel returns the zero value at once
// with ok == false, as many times as you like.
func main() {
	ints := make(chan int)
	close(ints)
	v, ok := <-ints
	fmt.Println("int:", v, ok)
	v, ok = <-ints
	fmt.Println("int again:", v, ok)

	strs := make(chan string, 1)
	close(strs)
	s, ok := <-strs
	fmt.Printf("string: %q %v\n", s, ok)

	pts := make(chan point)
	close(pts)
	p, ok := <-pts
	fmt.Printf("struct: %+v %v\n", p, ok)

	ptrs := make(chan *point)
	close(ptrs)
	q, ok := <-ptrs
	fmt.Println("pointer:", q == nil, ok)

	errs := make(chan error)
	close(errs)
	fmt.Println("error:", <-errs)
}
