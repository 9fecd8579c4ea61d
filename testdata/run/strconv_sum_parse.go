package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	input := "10 20 x 30 -5 3.5 40"
	sum := 0
	var bad []string
	for _, tok := range strings.Fields(input) {
		n, err := strconv.Atoi(tok)
		if err != nil {
			bad = append(bad, tok)
			continue
		}
		sum += n
	}
	fmt.Println(sum, bad)
	csv := "1.5,2.25,abc,-0.75"
	total := 0.0
	for _, f := range strings.Split(csv, ",") {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		total += v
	}
	fmt.Println(total)
	hex := []string{"ff", "10", "7f", "zz"}
	for _, h := range hex {
		v, err := strconv.ParseUint(h, 16, 8)
		fmt.Println(h, v, err)
	}
}
