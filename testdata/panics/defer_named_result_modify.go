package main

import "fmt"

func double(n int) (r int) {
	defer func() {
		fmt.Println("defer sees r =", r)
		r *= 2
	}()
	r = n + 1
	return
}

func triple(n int) (r int) {
	defer func() { r = r * 3 }()
	return n
}

func main() {
	fmt.Println("double(4) =", double(4))
	fmt.Println("triple(5) =", triple(5))
}
