package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	data := []byte("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xff\xc3")
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		fmt.Printf("%q %d %v\n", r, size, r == utf8.RuneError)
		data = data[size:]
	}
	s := "日本語"
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%c%d ", r, size)
		s = s[:len(s)-size]
	}
	fmt.Println()
	surrogate := "\xed\xa0\x80"
	r, n := utf8.DecodeRuneInString(surrogate)
	fmt.Println(r, n, utf8.ValidString(surrogate))
}
