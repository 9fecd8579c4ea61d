package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c byte = 200
	c += 100
	fmt.Println(c)
	var d uint8 = 16
	d *= 16
	fmt.Println(d)
	var e uint8 = 3
	fmt.Println(-e)
	var sum byte
	for i := 0; i < 20; i++ {
		sum += byte(i * 17)
	}
	fmt.Println(sum)
	fmt.Println(^uint8(0), ^byte(5))
}
