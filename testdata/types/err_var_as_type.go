package main

func main() {
	foo := 1
	var x foo // ERROR "foo \(local variable\) is not a type"
	_ = x
}
