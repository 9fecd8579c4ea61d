package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	fmt.Println(len(s), len(b), b)
	b[0] = 'H'
	fmt.Println(s, string(b))
	r := []rune(s)
	fmt.Println(len(r), r, string(r))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10ffff+1)))
	var empty []byte
	fmt.Println(string(empty) == "", len([]rune("")))
	bs := []byte{0xff, 'a', 0xc3}
	fmt.Println([]rune(string(bs)), len(string(bs)))
	fmt.Printf("%q\n", string(bs))
	fmt.Println(string([]rune{0xD800, 'x'}))
}
