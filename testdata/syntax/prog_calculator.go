package main

import (
	"fmt"
	"strconv"
	"strings"
)

func eval(tokens []string) (float64, error) {
	var stack []float64
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			if len(stack) < 2 {
				return 0, fmt.Errorf("stack underflow at %q", t)
			}
			b, a := stack[len(stack)-1], stack[len(stack)-2]
			stack = stack[:len(stack)-2]
			var r float64
			switch t {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				r = a / b
			}
			stack = append(stack, r)
		default:
			v, err := strconv.ParseFloat(t, 64)
			if err != nil {
				return 0, err
			}
			stack = append(stack, v)
		}
	}
	if len(stack) != 1 {
		return 0, fmt.Errorf("bad expression")
	}
	return stack[0], nil
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "1 +", "2 x +"} {
		v, err := eval(strings.Fields(e))
		fmt.Println(v, err)
	}
}
