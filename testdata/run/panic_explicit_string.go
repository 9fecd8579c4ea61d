package main

import "fmt"

func validate(n int) {
	if n < 0 {
		panic("negative value not allowed")
	}
	fmt.Println("valid", n)
}

func main() {
	validate(1)
	validate(-1)
}
