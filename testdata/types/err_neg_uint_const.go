package main

func main() {
	var u uint8 = 3
	_ = u - 5
	const c uint = 1
	_ = c - 2 // ERROR "c - 2 \(constant -1 of type uint\) overflows uint"
}
