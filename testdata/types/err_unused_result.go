package main

func f() int { return 1 }

func main() {
	x := 1
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	f // ERROR "f \(value of type func\(\) int\) is not used"
}
