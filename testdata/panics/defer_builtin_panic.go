package main

import "fmt"

func f() (msg string) {
	defer func() {
		msg = fmt.Sprint("recovered: ", recover())
	}()
	x := "early"
	defer panic(x)
	x = "late"
	fmt.Println("f body done, x =", x)
	return "normal"
}

func main() {
	fmt.Println(f())
}
