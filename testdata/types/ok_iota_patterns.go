package main

import "fmt"

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"?", "red", "green", "blue"}[c]
}

type Flag uint

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
	FlagAll = FlagA | FlagB | FlagC
)

const (
	_ = iota * 10
	Ten
	Twenty
	skipped, alsoSkipped = iota, -iota
)

func main() {
	fmt.Println(Red, Blue, FlagAll, Ten, Twenty, skipped, alsoSkipped)
	m := map[Color]int{Red: 1, Green: 2}
	fmt.Println(m[Red], len(m))
}
