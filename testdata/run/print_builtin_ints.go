package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println(1, -2, 300)
	println(int8(-128), uint8(255), int64(-1<<63), uint64(1<<64-1))
	print(1, 2, "\n")
	print("a", "b", 3, "\n")
	println()
	println("mixed", 42, true, false)
	var r rune = 'x'
	println(r, byte('y'))
}
