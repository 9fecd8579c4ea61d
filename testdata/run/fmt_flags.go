package main

import "fmt"

func main() {
	fmt.Printf("[%+d][%+d][% d][% d]\n", 5, -5, 5, -5)
	fmt.Printf("[%#x][%#o][%#b][%#X]\n", 255, 8, 5, 3054)
	fmt.Printf("[%-5d][%05d][%-05d]\n", 42, 42, 42)
	fmt.Printf("[%+.2e][% .3f][%+5.1f]\n", 12345.678, 2.5, -0.05)
	fmt.Printf("[% x][% X][%# x]\n", []byte{1, 2, 255}, "AB", "hi")
	fmt.Printf("[%#v][%#v][%#v]\n", 42, "str", 'c')
	fmt.Printf("[%#v][%#v][%#v]\n", []int{1}, map[string]bool{"k": true}, [2]string{"a", "b"})
	fmt.Printf("[%#v][%#v]\n", struct{ A int }{1}, &struct{ B string }{"x"})
	fmt.Printf("[%#v][%#v][%#v][%#v]\n", 1.0, float32(2.5), uint8(3), int64(-4))
	fmt.Printf("[%#v][%#v]\n", []any{1, "a", nil}, true)
	fmt.Printf("[%x][%X]\n", -255, -255)
	fmt.Printf("[%08.3f][%-8.3f][%+08d]\n", 3.14159, 3.14159, 42)
}
