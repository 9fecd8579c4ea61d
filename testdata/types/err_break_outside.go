package main

func f() {
	break // ERROR "break is not in a loop, switch, or select"
}

func main() { f() }
