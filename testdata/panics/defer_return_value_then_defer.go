package main

import "fmt"

func compute(tag string) int {
	fmt.Println("computing return value for", tag)
	return 7
}

func named() (n int) {
	defer func() {
		fmt.Println("named: defer sees n =", n)
		n++
	}()
	return compute("named")
}

func unnamed() int {
	x := 0
	defer func() {
		fmt.Println("unnamed: defer sees x =", x)
		x = 100
	}()
	x = compute("unnamed")
	return x
}

func main() {
	fmt.Println("named() =", named())
	fmt.Println("unnamed() =", unnamed())
}
