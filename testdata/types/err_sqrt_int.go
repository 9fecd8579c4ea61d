package main

import (
	"fmt"
	"math"
)

func main() {
	n := 16
	fmt.Println(math.Sqrt(n)) // ERROR "cannot use n \(variable of type int\) as float64 value in argument to math\.Sqrt"
}
