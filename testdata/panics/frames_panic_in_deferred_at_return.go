package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("check failed for %d", n))
	}
	fmt.Println("check ok", n)
}

func run(n int) int {
	defer func() {
		check(n)
	}()
	fmt.Println("run body", n)
	if n > 0 {
		return n * 2
	}
	return 0
}

func main() {
	fmt.Println(run(1))
	fmt.Println(run(3))
}
