package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b int8 = -128
	b--
	fmt.Println(b)
	var c int8 = 100
	c += 100
	fmt.Println(c)
	var d int8 = -128
	d = -d
	fmt.Println(d)
	var e int8 = 64
	e *= 2
	fmt.Println(e)
	var f int8 = 127
	for i := 0; i < 5; i++ {
		f += 50
		fmt.Print(f, " ")
	}
	fmt.Println()
}
