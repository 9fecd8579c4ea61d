package main

import "fmt"

func main() {
	var b byte = 'A'
	fmt.Println("byte", b, "as char", string(rune(b)))
	defer func() {
		fmt.Println("recovered rune panic:", recover())
		panic(b)
	}()
	panic('z')
}
