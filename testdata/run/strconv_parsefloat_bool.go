package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-3", ".5", "inf", "-Inf", "NaN", "0x1p-2", "1e400", "abc", "", "1_0.5", "+2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	f32, err = strconv.ParseFloat("1e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "false", "1", "0", "t", "F", "TRUE", "True", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
}
