package main

import "fmt"

func countdown(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("deferred i =", i)
	}
	fmt.Println("loop done, n =", n)
}

func main() {
	countdown(4)
	fmt.Println("back in main")
	for _, w := range []string{"a", "b", "c"} {
		defer func() { fmt.Println("closure w =", w) }()
	}
	fmt.Println("main body done")
}
