package main

import "fmt"

func main() {
	fmt.Printline("x") // ERROR "undefined: fmt\.Printline"
}
