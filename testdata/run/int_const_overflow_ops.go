package main

import "fmt"

func mul(a, b int8) int8     { return a * b }
func add(a, b uint16) uint16 { return a + b }

func main() {
	fmt.Println(mul(16, 16), mul(-128, -1), mul(127, 127), mul(11, 12))
	fmt.Println(add(65535, 2), add(40000, 40000))
	var i int = 1
	for k := 0; k < 70; k++ {
		i *= 3
	}
	fmt.Println(i)
	var s int16 = 0
	for k := 0; k < 1000; k++ {
		s += 100
	}
	fmt.Println(s)
	fmt.Println(int8(-128)/int8(3), uint32(1)<<31>>31)
}
