package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	var len = 3
	fmt.Println(len)
	type int = string
	var s int = "int is string here"
	fmt.Println(s)
}
