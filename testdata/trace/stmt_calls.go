// trace: --gomaxprocs=1 --only=stmt,call --goroutine=1
package main

import "fmt"

func square(x int) int {
	return x * x
}

// Statements and calls, one event each.
func main() {
	total := 0
	for i := 1; i <= 2; i++ {
		total += square(i)
	}
	fmt.Println(total)
}
