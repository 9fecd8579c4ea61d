package main

import "fmt"

func main() {
	s := "tab\there\nnew \"quote\" back\\slash \x41\u00e9\U0001F600 \101"
	fmt.Println(s)
	fmt.Println(len(s))
	fmt.Printf("%q\n", s)
	fmt.Println('a', '\n', '\'', '\x7f', '\u4e16', '\000')
	r := `C:\path\n`
	fmt.Println(r, len(r))
	fmt.Printf("%q %+q\n", "日本", "日本")
	fmt.Printf("%x % x %X\n", "hi!", "hi!", "\xff")
}
