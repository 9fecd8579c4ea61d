package main

func main() {
	a := []int{1}
	b := []int{1}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	var f func()
	_ = f == f // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
}
