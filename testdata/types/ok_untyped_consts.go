package main

import (
	"fmt"
	"math"
	"time"
)

const huge = 1 << 100
const ratio = huge >> 98
const third = 1.0 / 3.0
const exact = 0.1+0.2 == 0.3

func main() {
	var f32 float32 = 1 << 10
	var d time.Duration = 2 * time.Second
	var u8 uint8 = 'a'
	x := 10
	var sh = 1 << x
	var fl float64 = 1 << 3
	timeout := time.Duration(x) * time.Millisecond
	fmt.Println(ratio, third, exact, f32, d, u8, sh, fl, timeout, math.MaxInt64, math.Pi*2, huge/huge)
	fmt.Println(len("abc") * 2, 'x' - 'a', 1e3 + 1, float32(0.1), -5 % 3, 7.0 / 2)
	var i interface{} = 1 << 3
	var r rune = 'x' + 1
	b := byte('A' + 2)
	fmt.Println(i, r, b, math.Sqrt(2) > 1, uint(1)<<63)
}
