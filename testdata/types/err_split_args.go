package main

import "strings"

func main() {
	_ = strings.Split("a,b") // ERROR "not enough arguments in call to strings\.Split"
}
