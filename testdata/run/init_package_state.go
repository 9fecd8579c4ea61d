package main

import (
	"fmt"
	"strings"
)

var registry = map[string]func(string) string{}

func init() {
	registry["upper"] = strings.ToUpper
}

func init() {
	registry["rev"] = func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
}

var squares [10]int

func init() {
	for i := range squares {
		squares[i] = i * i
	}
}

var greeting string

func init() { greeting = "hi " + fmt.Sprint(len(registry)) }

func main() {
	fmt.Println(registry["upper"]("abc"), registry["rev"]("abc"), len(registry))
	fmt.Println(squares)
	fmt.Println(greeting)
}
