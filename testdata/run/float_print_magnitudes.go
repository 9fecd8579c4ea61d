package main

import "fmt"

func main() {
	v := 1.0
	for i := 0; i < 25; i++ {
		fmt.Println(v, -v)
		v *= 10
	}
	w := 1.0
	for i := 0; i < 10; i++ {
		w /= 10
		fmt.Println(w)
	}
	fmt.Println(123456789012345678.0, 0.000001234, 1.5e-5)
	fmt.Println(float32(1e21), float32(1e20), float32(1e-5))
}
