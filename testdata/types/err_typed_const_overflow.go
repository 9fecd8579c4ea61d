package main

const x int8 = 100
const y = x * 2 // ERROR "x \* 2 \(constant 200 of type int8\) overflows int8"

func main() {}
