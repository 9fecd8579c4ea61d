package main

import "fmt"

type Celsius float64
type Temps []Celsius
type Handler func(int) int
type Bytes []byte

func double(x int) int { return x * 2 }

func main() {
	t := Temps([]Celsius{1, 2})
	h := Handler(double)
	b := Bytes("abc")
	s := string(b)
	ptr := (*int)(new(int))
	var arr [3]int
	sl := arr[:]
	back := [3]int(sl)
	ap := (*[3]int)(sl)
	u := uint32(1<<32 - 1)
	i := int32(u)
	f := float32(i)
	fmt.Println(t, h(2), s, *ptr, back, ap[0], u, i, f, string(rune(0x4e16)))
	var iface interface{} = Celsius(3)
	if c, ok := iface.(Celsius); ok {
		fmt.Println(float64(c))
	}
}
