package main

import "fmt"

func main() {
	var a uint32 = 4294967295
	a++
	fmt.Println(a)
	var b uint32
	b--
	fmt.Println(b)
	var c uint32 = 1 << 31
	c *= 2
	fmt.Println(c)
	var h uint32 = 2166136261
	for _, x := range []byte("hello") {
		h ^= uint32(x)
		h *= 16777619
	}
	fmt.Println(h)
	var x uint32 = 123456789
	for i := 0; i < 3; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		fmt.Println(x)
	}
}
