package main

import "fmt"

func main() {
	total := 0
	for i := 1; i <= 3; i++ {
		defer func(v int) {
			total += v
			fmt.Println("arg", v, "loop var", i, "total", total)
		}(i * 10)
	}
	total = 1000
	fmt.Println("loop finished, total =", total)
}
