package main

import "fmt"

type Level int

const (
	Low Level = iota
	High
)

const greeting = "hi"

func main() {
	x := 300
	var b byte = 'a'
	fmt.Println(Low, High, greeting, x, b, 'z', 2.5, 1e9, int64(7))
}
