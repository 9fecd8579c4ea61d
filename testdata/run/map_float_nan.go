package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[nan]++
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	m[0.0] = 10
	m[math.Copysign(0, -1)] = 20
	fmt.Println(len(m), m[0])
	m[1.5] = 3
	sum := 0
	for k, v := range m {
		if k != k {
			sum += 1000
		}
		sum += v
	}
	fmt.Println(sum)
	delete(m, nan)
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m), m)
	fmt.Println(map[float64]string{2.5: "a", -1: "b", math.Inf(1): "c"})
}
