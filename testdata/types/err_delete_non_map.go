package main

func main() {
	s := []int{1}
	delete(s, 0) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
}
