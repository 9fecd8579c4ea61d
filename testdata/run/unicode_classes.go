package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\n', 'é', 'Ω', '世', '_', '!', '٣', '\u00a0', 0x2028} {
		fmt.Printf("%q up=%v low=%v let=%v dig=%v num=%v sp=%v punct=%v\n", r,
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsLetter(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r))
	}
}
