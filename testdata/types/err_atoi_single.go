package main

import "strconv"

func main() {
	n := strconv.Atoi("1") // ERROR "assignment mismatch: 1 variable but strconv\.Atoi returns 2 values"
	_ = n
}
