package main

import "fmt"

func main() {
	var x int = 300
	fmt.Println(int8(x), uint8(x), int16(x))
	var y int = -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y))
	var z int64 = 0x123456789abcdef0
	fmt.Println(int32(z), uint32(z), int16(z), int8(z), uint8(z))
	var s int8 = -100
	fmt.Println(int16(s), uint16(s), int64(s), uint64(s))
	var u uint8 = 200
	fmt.Println(int8(u), int(u), int8(u)+int8(u))
	var w uint32 = 0xffffffff
	fmt.Println(int32(w), int64(w), int(int32(w)))
	var r rune = 'é'
	fmt.Println(byte(r), r, int8(r))
}
