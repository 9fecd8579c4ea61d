package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0x110000, 0xD800} {
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r))
	}
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.RuneCountInString("a\xffb\xe4\xb8"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Print(string(r), ":", size, " ")
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeLastRuneInString("abc世")
	fmt.Println(string(r), size)
}
