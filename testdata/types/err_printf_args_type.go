package main

import "fmt"

func main() {
	var n int = "5" // ERROR "cannot use \"5\" \(untyped string constant\) as int value in variable declaration"
	fmt.Printf("%d\n", n)
}
