package main

import "fmt"

func main() {
	var x int32 = -16
	var u uint32 = 0xfffffff0
	for _, s := range []uint{0, 1, 4, 31, 32, 33, 100} {
		fmt.Println(s, x>>s, u>>s, x<<s, u<<s)
	}
	var b int8 = -1
	fmt.Println(b>>7, b>>8, b<<7, uint8(b)>>7)
	var one int64 = 1
	for _, s := range []int{62, 63, 64, 65} {
		fmt.Println(one<<s, -one>>s)
	}
	var big uint64 = 1 << 63
	fmt.Println(big>>63, big>>64)
}
