package main

import (
	"fmt"
	"math"
)

// An update stores the new key where equal keys can differ in bits
// (floats, interfaces holding floats), and leaves integer keys alone.
func main() {
	negz := math.Copysign(0, -1)
	f := map[float64]int{}
	f[0] = 1
	f[negz] = 2
	fmt.Println(f, len(f))
	for k := range f {
		fmt.Println(math.Signbit(k))
	}
	f[0]++
	for k, v := range f {
		fmt.Println(math.Signbit(k), v)
	}

	a := map[any]string{}
	a[negz] = "neg"
	a[0.0] = "pos"
	for k, v := range a {
		fmt.Println(math.Signbit(k.(float64)), v)
	}

	n := map[int]int{}
	for i := 0; i < 100; i++ {
		n[i%10] += i
	}
	fmt.Println(n)
	s := map[string]int{}
	for i := 0; i < 100; i++ {
		s[fmt.Sprint(i%7)] += i
	}
	fmt.Println(s)
}
