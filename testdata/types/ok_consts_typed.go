package main

import (
	"fmt"
	"math"
	"time"
)

type Level uint8

const (
	Low Level = iota
	High
	Max Level = math.MaxUint8
)

const timeout = 3 * time.Second

func wait(d time.Duration) time.Duration { return d / 2 }

func main() {
	n := 5
	fmt.Println(Low, High, Max, wait(timeout), time.Duration(n)*time.Millisecond)
	var f float64 = math.MaxInt32
	var r rune = 'a'
	r += 2
	const eps = 1e-9
	fmt.Println(f, r, eps < 1, math.Inf(1) > math.MaxFloat64, float32(math.Pi))
	x := 10 / 4
	y := 10 / 4.0
	fmt.Println(x, y, 7%-3)
}
