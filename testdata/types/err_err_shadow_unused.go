package main

import "strconv"

func main() {
	n, err := strconv.Atoi("1")
	if n > 0 {
		n, err := strconv.Atoi("2") // ERROR "declared and not used: err"
		_ = n
	}
	_ = err
}
