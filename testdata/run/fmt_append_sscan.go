package main

import "fmt"

func main() {
	b := []byte("x=")
	b = fmt.Appendf(b, "%d,%q", 5, "y")
	fmt.Println(string(b))
	b = fmt.Append(b, " ", 1, 2, "z")
	fmt.Println(string(b))
	b = fmt.Appendln(b, "end", 3)
	fmt.Printf("%q\n", b)
	var a, c int
	var s string
	n, err := fmt.Sscan("10 20 word", &a, &c, &s)
	fmt.Println(n, err, a, c, s)
	var f float64
	n, err = fmt.Sscanf("pi=3.25", "pi=%f", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err != nil)
}
