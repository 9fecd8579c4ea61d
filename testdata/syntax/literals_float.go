package main

import "fmt"

func main() {
	fmt.Println(1.5, .5, 1., 1e9, 1.5e-3, 6.02E23, 0x1p-2, 0x1.8p1, 1_000.5)
	var f32 float32 = 0.1
	fmt.Println(f32, 3.0/2)
}
