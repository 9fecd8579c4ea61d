package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'A', 'ß', 'é', 'Σ', 'ς', '1', 'ǅ', 'ı'} {
		fmt.Printf("%c %c %c %c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	s := "hello World 123"
	out := []rune{}
	for _, r := range s {
		if unicode.IsUpper(r) {
			out = append(out, unicode.ToLower(r))
		} else {
			out = append(out, unicode.ToUpper(r))
		}
	}
	fmt.Println(string(out))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('x', unicode.Latin, unicode.Greek), unicode.IsPrint('\x07'), unicode.IsControl('\x07'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD')
}
