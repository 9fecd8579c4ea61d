package main

import (
	"fmt"
	"math"
)

func main() {
	var i int64 = 9007199254740993
	fmt.Println(float64(i), float32(i))
	var m int64 = math.MaxInt64
	fmt.Println(float64(m), float32(m))
	var u uint64 = math.MaxUint64
	fmt.Println(float64(u))
	var n int = -7
	fmt.Println(float64(n)/2, float64(n/2))
	var b byte = 200
	fmt.Println(float32(b) * 1.5)
	var k int32 = 16777217
	fmt.Println(float32(k), float64(k))
	fmt.Printf("%.1f %v\n", float64(1<<53+1), float64(int64(1)<<62))
}
