package main

const b uint8 = 1 << 8 // ERROR "cannot use 1 << 8 \(untyped int constant 256\) as uint8 value in constant declaration \(overflows\)"

func main() {}
