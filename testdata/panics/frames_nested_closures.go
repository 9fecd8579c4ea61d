package main

import "fmt"

func main() {
	outer := func(n int) func() {
		fmt.Println("outer", n)
		return func() {
			fmt.Println("inner", n)
			var m map[int]int
			m[n] = n
		}
	}
	f := outer(5)
	f()
}
