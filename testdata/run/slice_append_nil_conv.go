package main

import "fmt"

func main() {
	src := []string{"a", "b"}
	dst := append([]string(nil), src...)
	src[0] = "CHANGED"
	fmt.Println(dst, &dst[0] == &src[0])
	bs := []byte("xy")
	bd := append([]byte(nil), bs...)
	bs[0] = 'Q'
	fmt.Println(string(bd))
}
