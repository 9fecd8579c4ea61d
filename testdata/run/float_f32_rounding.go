package main

import "fmt"

func main() {
	var a float32 = 16777216
	fmt.Println(a+1, a+2, a+1 == a)
	var b float64 = 16777216
	fmt.Println(b+1, b+2)
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64)
	x := float32(1) / 3
	y := 1.0 / 3
	fmt.Println(x, y, float64(x), float32(y))
	var f32big float32 = 3.4e38
	fmt.Println(float32(0.1)+float32(0.2), f32big*10)
	var c float32 = 1e-45
	fmt.Println(c, c/2)
	fmt.Printf("%v %.10f %g\n", float32(2.5), float32(1.1), float32(123456.789))
}
