package main

import "fmt"

func main() {
	var a int32 = 2147483647
	a++
	fmt.Println(a)
	var b int32 = -2147483648
	b--
	fmt.Println(b)
	var c int32 = 65536
	c *= 65536
	fmt.Println(c)
	var d int32 = 46341
	fmt.Println(d * d)
	var h int32 = 0
	for _, ch := range "hello, world" {
		h = h*31 + int32(ch)
	}
	fmt.Println(h)
	var r rune = 0x7fffffff
	r += 2
	fmt.Println(r)
}
