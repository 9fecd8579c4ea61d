package main

func sum(xs ...int) int { return len(xs) }

func main() {
	s := []int{1, 2}
	_ = sum(s) // ERROR "cannot use s \(variable of type \[\]int\) as int value in argument to sum"
}
