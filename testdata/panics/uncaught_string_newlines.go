package main

import "fmt"

func main() {
	fmt.Println("multi-line panic message follows")
	panic("line one\nline two\n\tindented line three\n")
}
