package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.6f %.6f\n", math.Exp(1), math.Hypot(3, 4))
	fmt.Println(math.Cbrt(27), math.Floor(-0.0), math.Inf(1) > 0)
	fmt.Println(math.Signbit(-1), math.Copysign(3, -1), math.Dim(5, 3), math.Dim(3, 5))
	ip, frac := math.Modf(3.75)
	fmt.Println(ip, frac)
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp, math.Ldexp(0.5, 4))
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Remainder(7, 4), math.Atan2(1, 1)*4)
	fmt.Println(int64(math.Round(2.675*100)), math.Trunc(-3.9))
}
