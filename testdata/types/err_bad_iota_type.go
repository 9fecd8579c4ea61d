package main

type Color string

const (
	Red Color = iota // ERROR "cannot use iota \(untyped int constant 0\) as Color value in constant declaration"
)

func main() {}
