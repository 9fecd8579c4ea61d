package main

func main() {
	a := map[string]int{}
	b := a
	_ = a == b // ERROR "invalid operation: a == b \(map can only be compared to nil\)"
}
