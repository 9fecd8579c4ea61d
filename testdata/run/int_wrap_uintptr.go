package main

import "fmt"

func main() {
	var p uintptr = 0
	p--
	fmt.Println(p)
	p++
	fmt.Println(p)
	var q uintptr = 1 << 63
	q += q
	fmt.Println(q)
	var r uintptr = 12345
	r *= 1000000007
	fmt.Println(r)
	fmt.Printf("%T %x\n", r, ^uintptr(0))
}
