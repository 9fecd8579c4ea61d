package main

type T struct{ s []int }

func main() {
	var a, b T
	_ = a == b // ERROR "invalid operation: a == b \(struct containing \[\]int cannot be compared\)"
}
