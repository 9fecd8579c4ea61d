package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\n", n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%x|%o|%b|%+d|% d|%05d|%-6d|\n", m, m, m, m, m, m, m, m)
	fmt.Printf("%c|%c|%U|%#U|%q\n", 65, 0x4e16, 0x1F600, 'x', 'y')
	fmt.Printf("%8.3d|%.0d|%.0d|\n", 7, 0, 1)
	var u8 uint8 = 200
	var i64 int64 = -1 << 63
	fmt.Printf("%d %x %d %x\n", u8, u8, i64, uint64(i64))
	fmt.Printf("%v %v\n", uint64(1<<64-1), int8(-128))
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint8{1, 171})
}
