package main

import "fmt"

func fact(n int) int {
	defer fmt.Println("unwinding fact", n)
	if n < 0 {
		panic(fmt.Sprintf("negative n reached: %d", n))
	}
	if n == 0 {
		return 1
	}
	return n * fact(n-2)
}

func main() {
	fmt.Println("fact(4) =", fact(4))
	fmt.Println("fact(3) =", fact(3))
}
