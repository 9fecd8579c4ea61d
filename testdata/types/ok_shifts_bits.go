package main

import "fmt"

func main() {
	var s int = 3
	var u uint8 = 1
	x := 1 << s
	y := u << s
	z := int64(1) << 40
	var k uint = 2
	w := -8 >> k
	m := ^uint32(0) >> 16
	n := 0xFF &^ 0x0F
	var i8 int8 = -1
	fmt.Println(x, y, z, w, m, n, uint8(i8), i8>>1, 1<<s == 8)
	const big = 1 << 62
	fmt.Println(big>>60, uint64(1)<<63)
}
