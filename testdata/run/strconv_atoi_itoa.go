package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"123", "-45", "+7", "0", "007", "", "12a", " 1", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1_000", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-99), strconv.Itoa(1<<40))
	s := strconv.Itoa(12345)
	fmt.Println(s+"!", len(s))
}
