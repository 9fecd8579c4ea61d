package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(inf > math.MaxFloat64, -inf < -math.MaxFloat64)
	fmt.Println(inf-inf, inf*0, inf+1, -inf*2)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	negz := math.Copysign(0, -1)
	fmt.Println(negz == 0, math.Signbit(negz), math.Signbit(zero))
	fmt.Printf("%v %f %e %g\n", negz, negz, negz, negz)
	fmt.Printf("%v %f %5.2f %g\n", nan, inf, -inf, nan)
	fmt.Printf("%+v %+f\n", inf, nan)
	big := 1e308
	fmt.Println(big*10, -big*10)
}
