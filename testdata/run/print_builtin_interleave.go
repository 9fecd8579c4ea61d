package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("out", i)
		println("err", i)
	}
	x := 7
	y := 2.0
	println(x*3, y/4, x > 5)
	print()
	println("done")
}
