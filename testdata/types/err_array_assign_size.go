package main

func main() {
	var a [3]int
	var b [4]int
	a = b // ERROR "cannot use b \(variable of type \[4\]int\) as \[3\]int value in assignment"
	_ = a
}
