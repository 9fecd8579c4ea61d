package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	n := 0
	for n < 3 {
		n++
	}
	for {
		n--
		if n == 0 {
			break
		}
	}
	for range 2 {
		fmt.Print("x")
	}
	for i := range 3 {
		fmt.Print(i)
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		n += j - i
	}
	for ; n > 100; {
		n /= 2
	}
	fmt.Println(n)
}
