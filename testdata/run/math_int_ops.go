package main

import (
	"fmt"
	"math"
)

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func isqrt(n int) int { return int(math.Sqrt(float64(n))) }

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
	for _, n := range []int{0, 1, 15, 16, 17, 99, 100, 1 << 40} {
		fmt.Print(isqrt(n), " ")
	}
	fmt.Println()
	pow := func(b, e int) int {
		r := 1
		for ; e > 0; e-- {
			r *= b
		}
		return r
	}
	fmt.Println(pow(3, 4), pow(2, 62), pow(2, 63), pow(2, 64), pow(10, 18))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint8, uint32(math.MaxUint32))
	var x int64 = math.MaxInt64
	fmt.Println(float64(x) == math.Pow(2, 63))
}
