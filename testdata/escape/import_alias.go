package main

import (
	"fmt"
	str "strings"
)

// gc names a package in its messages by the package's own name, not by
// the name the file imports it under.
func main() {
	p := fmt.Println
	p("has:", str.Contains("gopher", "ph"))
	fmt.Println(str.ToUpper("go"), str.Repeat("-", 3))
}
