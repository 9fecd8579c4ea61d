package main

import "fmt"

func handle(where string) {
	if r := recover(); r != nil {
		fmt.Println(where, "recovered:", r)
	}
}

func risky(n int) {
	defer handle("risky")
	fmt.Println("risky", n)
	if n > 1 {
		panic(fmt.Sprintf("n too big: %d", n))
	}
	fmt.Println("risky ok", n)
}

func main() {
	for i := 0; i < 4; i++ {
		risky(i)
	}
	fmt.Println("main continues")
}
