package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range s {
		if unicode.IsUpper(r) || r > 127 {
			fmt.Print(i, ":", string(r), " ")
		}
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
		return -1
	}, s), s[0], s[7:])
}
