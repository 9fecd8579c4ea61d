package main

func main() {
	x := 0x
	_ = x
}
