package main

import "fmt"

func main() {
	var i, j int
	var s string
	var f float64
	n, err := fmt.Sscan("12abc", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &i, &j)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanln("1\n2", &i, &j)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanln("7 8 9", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("3.5kg", "%fkg", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("0x1f", "%v", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1_000", "%d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("ab12", "%2s%d", &s, &i)
	fmt.Println(n, err, s, i)
	n, err = fmt.Sscan("1e400", &f)
	fmt.Println(n, err, f)
}
