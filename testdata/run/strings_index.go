package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken and 世界 chicken"
	fmt.Println(strings.Index(s, "ken"), strings.Index(s, "dog"), strings.Index(s, ""))
	fmt.Println(strings.LastIndex(s, "chicken"), strings.LastIndex(s, "x"), strings.LastIndex(s, ""))
	fmt.Println(strings.IndexByte(s, 'a'), strings.IndexByte(s, 'z'))
	fmt.Println(strings.IndexRune(s, '界'), strings.IndexRune(s, 'k'), strings.IndexRune(s, 'Z'))
	fmt.Println(strings.IndexAny(s, "xyzn"), strings.IndexAny(s, "界世"), strings.IndexAny(s, ""))
	fmt.Println(strings.LastIndexAny(s, "ck"), strings.LastIndexByte(s, 'c'))
	fmt.Println(strings.IndexFunc(s, func(r rune) bool { return r > 127 }))
	fmt.Println(strings.Count(s, "c"), strings.Count(s, "chicken"), strings.Count("five", ""))
	fmt.Println(strings.Count("aaaa", "aa"))
	fmt.Println(strings.Index("a\xffb", "\xff"), strings.IndexRune("a\xffb", 0xFFFD))
}
