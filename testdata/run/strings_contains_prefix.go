package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "seafood"
	fmt.Println(strings.Contains(s, "foo"), strings.Contains(s, "bar"), strings.Contains(s, ""), strings.Contains("", ""))
	fmt.Println(strings.ContainsRune(s, 'f'), strings.ContainsRune(s, 'z'))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "dx"), strings.ContainsAny(s, ""))
	fmt.Println(strings.HasPrefix(s, "sea"), strings.HasPrefix(s, "food"), strings.HasPrefix(s, ""))
	fmt.Println(strings.HasSuffix(s, "food"), strings.HasSuffix(s, "sea"), strings.HasSuffix("", ""))
	fmt.Println(strings.ContainsFunc(s, func(r rune) bool { return r == 'd' }))
	files := []string{"main.go", "lib.rs", "test_main.go", "README"}
	for _, f := range files {
		fmt.Println(f, strings.HasSuffix(f, ".go"), strings.HasPrefix(f, "test_"))
	}
}
