package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	parts := []string{"x", "yy", "zzz"}
	acc := ""
	for _, p := range parts {
		acc = p + acc + p
	}
	fmt.Println(acc)
	s2 := s
	s += "!"
	fmt.Println(s2, s)
	b := []byte(s)
	b[0] = 'A'
	fmt.Println(s, string(b))
	multi := `raw\n
string`
	fmt.Println(multi, len(multi))
}
