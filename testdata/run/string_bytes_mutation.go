package main

import "fmt"

func upper(b []byte) {
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
}

func main() {
	s := "hello world"
	b := []byte(s)
	upper(b)
	fmt.Println(s)
	fmt.Println(string(b))
	c := b[:5]
	c[0] = '*'
	fmt.Println(string(b), string(c))
	b = append(b, "!!"...)
	fmt.Println(string(b), len(b))
	d := append([]byte("x"), s...)
	fmt.Println(string(d))
	var n int
	copy(b, "HEY")
	fmt.Println(string(b))
	n = copy(b[9:], "abcdef")
	fmt.Println(n, string(b))
}
