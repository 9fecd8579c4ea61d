package main

import "math"

func main() {
	println(1.5)
	println(0.1, -2.25, 100.0)
	println(1e21, 1e-7, 0.0)
	println(math.Inf(1), math.Inf(-1), math.NaN())
	println(float32(0.1), float32(3))
	println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	print(2.5, "\n")
	neg := math.Copysign(0, -1)
	println(neg)
}
