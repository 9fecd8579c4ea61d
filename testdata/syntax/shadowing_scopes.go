package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "function"
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 3; x > 2 {
		fmt.Println(x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println(x)
	}
	fmt.Println(x)
}
