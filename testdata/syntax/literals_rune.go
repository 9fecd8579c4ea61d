package main

import "fmt"

func main() {
	rs := []rune{'a', '\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600', 'ä'}
	for _, r := range rs {
		fmt.Print(r, " ")
	}
	fmt.Println()
}
