package main

import (
	"fmt"
	"strconv"
)

func main() {
	floats := []float64{0.1, 1.0 / 3, 2e-308, 123456789.125, 1e23, -7.0}
	for _, f := range floats {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == f)
	}
	for _, n := range []int64{0, -1, 1 << 62, -1 << 63} {
		for _, base := range []int{2, 7, 16, 36} {
			s := strconv.FormatInt(n, base)
			back, err := strconv.ParseInt(s, base, 64)
			fmt.Print(s, " ", back == n, err, "; ")
		}
		fmt.Println()
	}
}
