package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
L: // ERROR "label L defined and not used"
	x := 1
	_ = x
}
