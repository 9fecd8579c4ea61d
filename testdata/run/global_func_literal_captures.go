package main

import "fmt"

// Function literals in package-level initialisers whose inner closures
// capture the literal's own parameters.
var adder = func(base int) func(int) int {
	return func(x int) int { return base + x }
}

var joiner = func(sep string, parts ...string) func() string {
	return func() string {
		out := ""
		for i, p := range parts {
			if i > 0 {
				out += sep
			}
			out += p
		}
		return out
	}
}

var counters = []func() func() int{
	func() func() int {
		n := 0
		return func() int { n++; return n }
	},
}

var table = map[string]func(int) int{
	"double": func(x int) int { return 2 * x },
}

func main() {
	add5 := adder(5)
	fmt.Println(add5(1), add5(10))
	fmt.Println(joiner("-", "a", "b", "c")())
	c := counters[0]()
	c()
	fmt.Println(c(), c())
	fmt.Println(table["double"](21))
}
