package main

import "fmt"

const (
	a = 10
	b = a * 3 / 4
	c = a % 3
	d = -a >> 1
	e = ^0
	f = 1<<62 - 1 + 1<<62
	g = "con" + "cat"
	h = len(g)
	i = a > b && c == 1
	j = 'a' * 2
	k = 5.0 / 2
	l = 1 << 3.0
)

const arrLen = len([4]int{})

func main() {
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(g, h, i, j, k, l)
	fmt.Println(arrLen)
	var arr [h]int
	fmt.Println(len(arr))
	fmt.Printf("%T %T %T\n", k, j, i)
}
