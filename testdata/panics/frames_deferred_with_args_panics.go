package main

import "fmt"

func report(label string, n int) {
	fmt.Println("report", label, n)
	if n == 0 {
		panic("report: zero " + label)
	}
	fmt.Println("ratio", 100/n)
}

func main() {
	count := 0
	defer report("count", count)
	count = 5
	fmt.Println("count is now", count)
}
