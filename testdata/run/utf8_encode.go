package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'ñ', '€', '𝄞', 0xD800, -5} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U %d % x\n", r, n, buf[:n])
	}
	var b []byte
	b = utf8.AppendRune(b, '世')
	b = utf8.AppendRune(b, 'x')
	fmt.Println(b, string(b))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRuneInString("世"))
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneStart(0xe4))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
}
