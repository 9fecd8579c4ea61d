package main

import "strconv"

func main() {
	n := int("42") // ERROR "cannot convert \"42\" \(untyped string constant\) to type int"
	m, _ := strconv.Atoi(42) // ERROR "cannot use 42 \(untyped int constant\) as string value in argument to strconv\.Atoi"
	_, _ = n, m
}
