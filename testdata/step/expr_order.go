// step: --granularity=expr
package main

import "fmt"

func a() int {
	fmt.Println("a runs")
	return 1
}

func b(x int) int { return x * 10 }

func cleanup(v int) { fmt.Println("deferred with", v) }

func main() {
	s := []int{}
	x := b(a()) + b(2)
	s = append(s, x)
	defer cleanup(x)
	fmt.Println(x, s)
}
