package main

import (
	"fmt"
	"runtime"
)

func compute() (n int) {
	defer func() {
		fmt.Println("compute defer sees n =", n)
		n = 99
	}()
	n = 5
	if n > 1 {
		runtime.Goexit()
	}
	return n
}

func main() {
	defer func() {
		fmt.Println("main defer: Goexit continues after compute's defers")
	}()
	v := compute()
	fmt.Println("compute returned", v)
}
