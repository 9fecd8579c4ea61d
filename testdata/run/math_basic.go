package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1))
	for _, x := range []float64{2.5, -2.5, 3.5, -0.4, 0.5, -0.5, 1e20} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	fmt.Println(math.Abs(-3.2), math.Abs(math.Inf(-1)), math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(10, -2))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint16)
	fmt.Println(math.Pi, math.E)
}
