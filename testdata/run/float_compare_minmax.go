package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(1.5, 2.5, -3.0), max(1.5, 2.5, -3.0))
	fmt.Println(min(math.NaN(), 1), max(2, math.NaN()))
	negz := math.Copysign(0, -1)
	fmt.Println(min(0.0, negz), max(negz, 0.0))
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min("b", "a", "c"))
	a, b := 0.1, 0.3
	fmt.Println(a*3 < b, a*3 > b, a*3 == b)
	vals := []float64{3, -1, 2.5, math.Inf(-1), 7}
	lo, hi := vals[0], vals[0]
	for _, v := range vals {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	fmt.Println(lo, hi)
}
