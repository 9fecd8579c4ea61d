package main

import (
	"fmt"
	"math"
)

func main() {
	x := 1234.5678
	fmt.Printf("%f|%.2f|%8.2f|%-8.2f|%08.2f|%+.1f\n", x, x, x, x, x, x)
	fmt.Printf("%e|%E|%.3e|%g|%G|%.3g\n", x, x, x, x, x, x)
	fmt.Printf("%F|%v|%.0f|%.0f|%.0f\n", x, x, 0.5, 1.5, 2.5)
	y := 0.000012345
	fmt.Printf("%g|%e|%f|%.10f\n", y, y, y, y)
	z := 1e21
	fmt.Printf("%g|%v|%f|%.3g\n", z, z, z, z)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 1e-4, 1e-5)
	fmt.Printf("%v %v %v\n", float32(0.1), float32(1e10), float32(3.14159))
	fmt.Printf("%6.2f|%-8.3e|%+g\n", math.Pi, math.E, 2.0)
	fmt.Printf("%#g|%#.3g|%#v\n", 1.0, 2.0, 3.0)
	fmt.Printf("%x %X\n", 1.0, 0.5)
	fmt.Printf("%8.3v|%-10v|\n", math.Pi, 2.5)
}
