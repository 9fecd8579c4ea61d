package main

func main() {
	s := "x"
	for s { // ERROR "non-boolean condition in for statement"
	}
}
