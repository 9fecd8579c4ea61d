package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"0x1f", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64},
		{"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64}, {"z", 36, 64}, {"128", 10, 8}, {"-129", 10, 8},
		{"zz", 10, 64}, {"", 10, 64}, {"5", 1, 64}, {"5", 37, 64}, {"FF", 16, 8},
	}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
}
