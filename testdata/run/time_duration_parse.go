package main

import (
	"fmt"
	"time"
)

// ParseDuration accepts signed sequences of numbers with units.
func main() {
	inputs := []string{
		"0", "+0", "-0", "5s", "300ms", "-1.5h", "2h45m", "1h15m30.5s",
		"1.5us", "1.5µs", "1.5μs", "10ns", ".5s", "5.s", "1m1m", "0.1h",
		"1.0000000000000000000000001s", "3.14159265358979323846h",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"2562047h47m16.854775807s", "2562047h47m16.854775808s", "2562048h",
		"", "-", "s", ".s", "1", "1x", "1.5", "5 s", "1h-5m", "--5s",
		"1d", "\"1s", "5\xffs", "100000000000000000000h",
	}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q -> %v (%d)\n", s, d, int64(d))
	}
}
