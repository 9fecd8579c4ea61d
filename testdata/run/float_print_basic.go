package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1+0.2, 0.1, 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
	fmt.Println(1e21, 1e20, 1e-7, 1e-4, 123456789.0, 1.0)
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1))
	z := 0.0
	fmt.Println(-z, math.Copysign(0, -1), 1/math.Inf(-1))
	fmt.Println(2.0/3.0, 100.0, 1e6, 1e100, 5e-324)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Println(float32(1)/3, 16777216.0, float32(16777217))
}
