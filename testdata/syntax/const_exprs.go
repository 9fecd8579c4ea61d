package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Third = 1.0 / 3
	Mask  = ^uint8(0)
	Str   = "go" + "lang"
	Ok    = 0.1+0.2 == 0.3
	Rune  = 'a' + 1
)

type Bits uint8

const (
	F0 Bits = 1 << iota
	F1
	F2
)

func main() {
	fmt.Println(Small, Third, Mask, Str, Ok, Rune, F0|F2, len(Str))
	const local = Small * 2
	var arr [local]int
	fmt.Println(len(arr))
}
