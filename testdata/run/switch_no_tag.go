package main

import "fmt"

func sign(x int) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		return "zero"
	default:
		return "pos"
	}
}

func fizz(i int) string {
	switch {
	case i%15 == 0:
		return "FizzBuzz"
	case i%3 == 0:
		return "Fizz"
	case i%5 == 0:
		return "Buzz"
	}
	return fmt.Sprint(i)
}

func main() {
	fmt.Println(sign(-5), sign(0), sign(3))
	for i := 1; i <= 15; i++ {
		fmt.Print(fizz(i), " ")
	}
	fmt.Println()
	calls := 0
	check := func(b bool) bool { calls++; return b }
	switch {
	case check(false):
	case check(true):
	case check(true):
	}
	fmt.Println(calls)
}
