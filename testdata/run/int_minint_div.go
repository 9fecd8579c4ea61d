package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MinInt64
	var m int64 = -1
	fmt.Println(a/m, a%m)
	var b int32 = math.MinInt32
	var n int32 = -1
	fmt.Println(b/n, b%n)
	var c int8 = -128
	var o int8 = -1
	fmt.Println(c/o, c%o)
	var d int16 = -32768
	var p int16 = -1
	fmt.Println(d/p, d%p)
	var e int = math.MinInt
	var q int = -1
	fmt.Println(e/q, e%q)
}
