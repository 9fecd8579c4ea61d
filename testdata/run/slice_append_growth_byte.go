package main

import "fmt"

func main() {
	var b []byte
	last := -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			fmt.Println(len(b), cap(b))
			last = cap(b)
		}
	}
	c := append([]byte(nil), "hello"...)
	fmt.Println(len(c), cap(c))
	d := append([]byte("abc"), "defghijklmnopqrstuvwxyz0123456789"...)
	fmt.Println(len(d), cap(d))
}
