package main

import "fmt"

func main() {
	ok := 3 > 5
	fmt.Println("ok is", ok)
	panic(ok)
}
