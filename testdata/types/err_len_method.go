package main

func main() {
	s := []int{1}
	_ = s.len() // ERROR "s\.len undefined \(type \[\]int has no field or method len\)"
}
