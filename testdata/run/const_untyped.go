package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 98
const Pi2 = math.Pi * 2
const Third = 1.0 / 3
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0

func main() {
	fmt.Println(Small, Big/(1<<97))
	fmt.Println(Pi2, Third)
	fmt.Println(IntDiv, FloatDiv)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64)
	var i int = 1e3
	var b byte = 'a' + 1
	fmt.Println(i, b, string(rune(b)))
	const c = 'x'
	fmt.Printf("%T %T %T %T\n", c, 1, 1.0, "s")
	var r = c + 1
	fmt.Printf("%T %v\n", r, r)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	fmt.Println(math.MaxUint32, uint64(math.MaxUint64), math.MinInt8)
}
