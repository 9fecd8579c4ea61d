package main

const n = "10"

func main() {
	var arr [n]int // ERROR "array length n \(untyped string constant \"10\"\) must be integer"
	_ = arr
}
