package main

import "fmt"

func main() {
	n := 3
	defer println("println to stderr, n =", n)
	defer print("print without newline ", true, "\n")
	n = 4
	fmt.Println("stdout line, n =", n)
}
