package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 27
	steps := 0
again:
	if n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
		goto again
	}
	fmt.Println("collatz steps", steps)
	x := 10
	if x > 5 {
		goto big
	}
	fmt.Println("small")
	return
big:
	fmt.Println("big")
}
