package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace("  \t hi there \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".rs"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("  x  ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimRightFunc("abc!!?", func(r rune) bool { return r == '!' || r == '?' }))
	fmt.Printf("%q\n", strings.Trim("", "abc"))
	fmt.Printf("%q\n", strings.Trim("aaa", "a"))
	fmt.Printf("%q\n", strings.TrimLeft("abcba", "ab"))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0 nbsp \u3000"))
}
