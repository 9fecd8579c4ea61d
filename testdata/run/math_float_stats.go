package main

import (
	"fmt"
	"math"
)

func main() {
	data := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	sum := 0.0
	for _, d := range data {
		sum += d
	}
	mean := sum / float64(len(data))
	v := 0.0
	for _, d := range data {
		v += (d - mean) * (d - mean)
	}
	sd := math.Sqrt(v / float64(len(data)))
	fmt.Println(mean, sd)
	fmt.Printf("%.3f %.3f\n", mean, sd)
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, d := range data {
		lo = math.Min(lo, d)
		hi = math.Max(hi, d)
	}
	fmt.Println(lo, hi)
	fmt.Println(math.Round(-4.5), math.Round(4.5), math.Round(0.49999999999999994))
	fmt.Println(math.Floor(-1e-300), math.Ceil(1e-300))
}
