package main

const Big = 1 << 64

func main() {
	var x int64 = Big // ERROR "cannot use Big \(untyped int constant 18446744073709551616\) as int64 value in variable declaration \(overflows\)"
	_ = x
}
