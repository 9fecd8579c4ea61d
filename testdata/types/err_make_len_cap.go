package main

func main() {
	_ = make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped"
}
