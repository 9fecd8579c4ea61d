package main

func main() {
	x := 1
	while x < 3 {
	}
}
