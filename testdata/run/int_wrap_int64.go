package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	a++
	fmt.Println(a)
	var b int64 = math.MinInt64
	b--
	fmt.Println(b)
	var c int64 = 1 << 62
	c *= 4
	fmt.Println(c)
	var n int = math.MaxInt
	n += 1
	fmt.Println(n == math.MinInt, n)
	var h int64 = 1469598103934665603
	for _, ch := range []byte("gosub") {
		h ^= int64(ch)
		h *= 1099511628211
	}
	fmt.Println(h)
	var m int64 = math.MinInt64
	fmt.Println(-m, m*-1)
}
