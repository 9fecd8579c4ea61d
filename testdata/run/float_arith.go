package main

import "fmt"

func main() {
	x := 1.0
	for i := 0; i < 5; i++ {
		x /= 3
		fmt.Println(x)
	}
	fmt.Println(3.0*0.1, 0.1*3, 1-0.9, 0.7+0.1)
	fmt.Println(1e16+1, 1e15+1, 9007199254740993.0)
	var h float64 = 0
	for i := 1; i <= 10; i++ {
		h += 1 / float64(i)
	}
	fmt.Println(h)
	fmt.Println(-7.5/2, 7.0/-0.5)
	f := 2.0
	f *= f
	f -= 0.5
	fmt.Println(f, f > 3.4, f < 3.6)
}
