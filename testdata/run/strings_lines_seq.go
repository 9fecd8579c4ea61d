package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "line one\nline two\n\nlast"
	for l := range strings.Lines(text) {
		fmt.Printf("%q\n", l)
	}
	for part := range strings.SplitSeq("a-b-c", "-") {
		fmt.Print(part, " ")
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  x  y z ") {
		fmt.Print("[", f, "]")
	}
	fmt.Println()
}
