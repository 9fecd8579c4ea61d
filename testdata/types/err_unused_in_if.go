package main

func main() {
	if x := 1; true { // ERROR "declared and not used: x"
	}
}
