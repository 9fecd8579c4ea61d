package main

import "fmt"

type MyInt int

func main() {
	f := 3.7
	i := int(f)
	u := uint8(258 % 256)
	s := string(rune(65))
	bs := []byte("hi")
	rs := []rune("héllo")
	back := string(bs) + string(rs)
	m := MyInt(5)
	p := (*int)(nil)
	fn := (func())(nil)
	var any1 = interface{}(m)
	fl := float64(i) / 2
	fmt.Println(i, u, s, back, m, p, fn == nil, any1, fl)
}
