package main

func main() {
	x := 1 << 64 // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as int value in assignment \(overflows\)"
	_ = x
}
