package main

import "fmt"

func main() {
	var a uint16 = 65535
	a++
	fmt.Println(a)
	var b uint16
	b--
	fmt.Println(b)
	var c uint16 = 1000
	c *= 1000
	fmt.Println(c)
	var d uint16 = 5
	d -= 10
	fmt.Println(d)
	fmt.Println(^uint16(0x00ff))
	var crc uint16 = 0xffff
	for _, x := range []byte("abc") {
		crc ^= uint16(x) << 8
		for i := 0; i < 8; i++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	fmt.Printf("%04x\n", crc)
}
