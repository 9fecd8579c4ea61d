package main

import "fmt"

func main() {
	for _, r := range []rune{'A', 'z', 'é', '世', 0x1F600, 0xFFFD, 0xD800, -5, 0x110000} {
		s := string(r)
		fmt.Println(r, s, len(s), []byte(s))
	}
	var b byte = 'x'
	fmt.Println(string(rune(b)), string(b+1))
	rs := []rune("añb")
	for i := len(rs) - 1; i >= 0; i-- {
		fmt.Print(string(rs[i]))
	}
	fmt.Println()
}
