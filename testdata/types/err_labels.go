package main

func main() {
L: // ERROR "label L defined and not used"
	for {
	}
	goto M // ERROR "label M not defined"
}
