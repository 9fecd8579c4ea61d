package main

import "fmt"

func main() {
	var i8 int8 = -128
	var u16 uint16 = 65535
	b := true
	x := 7
	ch := make(chan int, 1)
	ch <- x
	y := <-ch
	p := &x
	fmt.Println(-i8, +x, !b, ^u16, ^x, *p, y, x&^5, x^y, x|8, x&3, 7/2, -7/2, 7%3, -7%3, 1<<3>>1)
	fmt.Println(x == y && !b || x != y, x < y, x <= y, x > y, x >= y)
}
