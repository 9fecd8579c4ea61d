package main

import (
	"fmt"
	"strconv"
)

func parse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func parseAll(xs []string) []int {
	defer fmt.Println("parseAll defer")
	var out []int
	for _, x := range xs {
		out = append(out, parse(x))
	}
	return out
}

func total(xs []string) int {
	defer fmt.Println("total defer")
	sum := 0
	for _, n := range parseAll(xs) {
		sum += n
	}
	return sum
}

func main() {
	fmt.Println(total([]string{"1", "2", "3"}))
	fmt.Println(total([]string{"4", "x5"}))
}
