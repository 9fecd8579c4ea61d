package main

func main() {
	a := [3]int{}
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
}
