package main

import "fmt"

func main() {
	vals := []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75, -1e9 - 0.75, 255.99, 127.5}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(v))
	}
	f := 300.7
	fmt.Println(uint8(int(f)), int8(int(f)))
	var g float32 = 3.99
	fmt.Println(int(g), uint(g))
	h := 12345678.9
	fmt.Println(int16(int(h)), uint16(int(h)))
}
