package main

import "fmt"

type Code string

func main() {
	fmt.Println("panic with a named string type")
	panic(Code("E42"))
}
