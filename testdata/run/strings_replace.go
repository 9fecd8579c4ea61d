package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.Replace(s, "", "-", 3))
	fmt.Println(strings.ReplaceAll("abc", "", "|"))
	fmt.Println(strings.Replace(s, "x", "y", -1))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "b", "3")
	fmt.Println(r2.Replace("aaab"))
	r3 := strings.NewReplacer("hello", "bye", "he", "she")
	fmt.Println(r3.Replace("hello hehe"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Repeat("-", 20))
}
