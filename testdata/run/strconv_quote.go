package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"plain", "tab\tnl\n", `quote"back\`, "日本", "\x00\x7f\xff", "\u2028 emoji 😀"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s))
	}
	fmt.Println(strconv.QuoteRune('a'), strconv.QuoteRune('\''), strconv.QuoteRune('世'), strconv.QuoteRune('\n'))
	fmt.Println(strconv.QuoteRuneToASCII('世'))
	for _, q := range []string{`"hello\nworld"`, "`raw\\n`", `'x'`, `"bad`, `noquotes`, `"\u00e9"`, `'ab'`, `"\q"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	fmt.Println(strconv.CanBackquote("ok"), strconv.CanBackquote("no`"))
}
