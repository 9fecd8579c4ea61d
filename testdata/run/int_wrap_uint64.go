package main

import (
	"fmt"
	"math"
)

func main() {
	var a uint64 = math.MaxUint64
	a++
	fmt.Println(a)
	var b uint64
	b--
	fmt.Println(b)
	var c uint64 = 1 << 63
	c *= 2
	fmt.Println(c)
	var x uint64 = 88172645463325252
	for i := 0; i < 4; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		fmt.Println(x)
	}
	var u uint = 0
	u -= 1
	fmt.Println(u == math.MaxUint)
	var m uint64 = 0xdeadbeefcafebabe
	fmt.Println(m*m, m+m)
}
