package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0b10110011
	fmt.Printf("%08b %08b %08b\n", u, ^u, u&^0x0f)
	x := -5
	fmt.Println(x&3, x|3, x^3, x&^3)
	var cnt int
	for v := uint64(0xF0F0F0F0F0F0F0F0); v != 0; v &= v - 1 {
		cnt++
	}
	fmt.Println(cnt)
	fmt.Println(0x7f&-0x80, 1<<10|1<<3)
}
