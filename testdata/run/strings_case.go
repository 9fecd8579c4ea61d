package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Hello, wörld ß"), strings.ToLower("HELLO ÀÉ"))
	fmt.Println(strings.Title("hello wide world"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("K", "\u212a"))
	fmt.Println(strings.ToUpper(""), strings.ToLower("123abcXYZ"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	drop := func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(drop, "banana"))
	fmt.Println(strings.ToTitle("loud"))
}
