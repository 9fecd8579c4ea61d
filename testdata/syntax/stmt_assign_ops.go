package main

import "fmt"

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 7
	x &= 0xF
	x |= 0x10
	x ^= 3
	x <<= 2
	x >>= 1
	x &^= 4
	x++
	x--
	a, b := 1, 2
	a, b = b, a
	var arr [2]int
	arr[0], arr[1] = arr[1]+1, arr[0]+2
	_, c := 3, 4
	fmt.Println(x, a, b, arr, c)
}
